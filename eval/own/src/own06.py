# Kyiv Independent-style "Ukraine war latest": General Staff engagements, running loss tally, Kharkiv drone strike.
from _lab import *

PUB = "2026-01-17"
META = {"id": "own06", "url": "https://kyivindependent.example/ukraine-war-latest-kostiantynivka-assaults-jan-17/",
        "retrieved_at": "2026-01-18T07:55:02+00:00"}
TITLE = "Ukraine war latest: Ukrainian forces repel assaults near Kostiantynivka, Russia loses 1,010 troops in a day"
PUBLISHED = PUB
BYLINE = "The Kyiv Independent news desk"

TEXT = """
Support independent journalism. Become a member
News Feed
Ukraine war latest
Ukraine war latest: Ukrainian forces repel assaults near Kostiantynivka, Russia loses 1,010 troops in a day
by The Kyiv Independent news desk
January 17, 2026 11:48 PM
5 min read
Ukrainian soldiers of an artillery unit fire toward Russian positions in Donetsk Oblast, Ukraine, on Jan. 12, 2026. (Illustrative purposes only) (Photo: Serhii Bondar / Getty Images)
¶Key developments on Jan. 17:
¶General Staff reports 38 Russian assaults near Kostiantynivka as fighting intensifies in Donetsk Oblast
¶Russia has lost 1,238,460 troops since the start of the full-scale invasion, General Staff says
¶Drone attack on Kharkiv injures seven, including two children, mayor says
¶Russian forces launched 38 assaults near Kostiantynivka in Donetsk Oblast over the past day, the General Staff of Ukraine's Armed Forces reported on Jan. 17, as Moscow presses its offensive on one of the last major cities in the region still under Ukrainian control.
¶In total, 171 combat clashes took place along the front line over the past day, according to the General Staff. The heaviest fighting was reported in the Pokrovsk, Kostiantynivka and Huliaipole sectors.
¶Russian troops also used 2,341 kamikaze drones and dropped 131 guided aerial bombs on Ukrainian positions and settlements, the General Staff said.
¶Kostiantynivka, which had a pre-war population of around 67,000, has been under near-constant Russian bombardment since Russian troops captured nearby Chasiv Yar in 2025.
Read also: Explainer: Why the fight for Kostiantynivka matters for the rest of Donetsk Oblast
¶Russia has lost 1,238,460 troops in Ukraine since the beginning of the full-scale invasion on Feb. 24, 2022, including 1,010 over the past day, the General Staff said.
¶According to the report, Russia has also lost 11,620 tanks, 24,105 armored fighting vehicles, 36,840 artillery systems, 434 aircraft and 347 helicopters.
¶In Kharkiv, a Russian drone struck a residential building in the Saltivskyi district late on Jan. 17, injuring seven people, including two children, Mayor Ihor Terekhov said.
¶Ukraine's Air Force said Russia had launched 86 drones against Ukraine overnight on Jan. 17, of which 64 were shot down or suppressed.
¶Ukraine's military intelligence agency (HUR) said its drones hit a Russian ammunition depot near the town of Valuyki in Belgorod Oblast on Jan. 16, causing a series of secondary detonations. The claim could not be independently verified.
¶Russia's Defense Ministry said it had downed 27 Ukrainian drones over Belgorod Oblast overnight.
Note from the author:
Hi, this is the news desk. Thank you for reading the Kyiv Independent. If you value our reporting, consider becoming a member.
Become a member
Most popular
Zelensky meets Nordic leaders in Oslo to discuss air defense
Ukraine's parliament passes 2026 budget amendments
Join our community
"""

GS = ("the General Staff of Ukraine's Armed Forces", "General Staff of the Armed Forces of Ukraine", "UA")
GS2 = ("the General Staff", "General Staff of the Armed Forces of Ukraine", "UA")
KI = (None, "The Kyiv Independent", "media")
TER = ("Mayor Ihor Terekhov", "Ihor Terekhov", "UA")
AF = ("Ukraine's Air Force", "Ukrainian Air Force", "UA")
HUR = ("Ukraine's military intelligence agency (HUR)", "Defence Intelligence of Ukraine", "UA")
RUMOD = ("Russia's Defense Ministry", "Russian Ministry of Defence", "RU")

PAST_DAY = T("over the past day", "2026-01-16", "2026-01-17", "day")
NIGHT = night("overnight on Jan. 17", PUB)
EV_CL = ("In total, 171 combat clashes took place along the front line over the past day, according to the General Staff. "
         "The heaviest fighting was reported in the Pokrovsk, Kostiantynivka and Huliaipole sectors.")
EV_TALLY = ("Russia has lost 1,238,460 troops in Ukraine since the beginning of the full-scale invasion on Feb. 24, 2022, "
            "including 1,010 over the past day, the General Staff said.")
EV_KH = ("In Kharkiv, a Russian drone struck a residential building in the Saltivskyi district late on Jan. 17, injuring seven "
         "people, including two children, Mayor Ihor Terekhov said.")
KH = P("the Saltivskyi district", "Saltivskyi district, Kharkiv", "UA", "UA-63", "district")
LATE17 = T("late on Jan. 17", "2026-01-17T18:00", "2026-01-17T23:59", "part_of_day")
EV_AF = "Ukraine's Air Force said Russia had launched 86 drones against Ukraine overnight on Jan. 17, of which 64 were shot down or suppressed."
EV_HUR = ("Ukraine's military intelligence agency (HUR) said its drones hit a Russian ammunition depot near the town of Valuyki "
          "in Belgorod Oblast on Jan. 16, causing a series of secondary detonations. The claim could not be independently verified.")
VALUYKI = P("near the town of Valuyki in Belgorod Oblast", "Valuyki", "RU", "RU-BEL", "settlement")
EV_KOST = ("Kostiantynivka, which had a pre-war population of around 67,000, has been under near-constant Russian bombardment since "
           "Russian troops captured nearby Chasiv Yar in 2025.")

CLAIMS = [
    C("ground_combat", GS,
      "Russian forces launched 38 assaults near Kostiantynivka in Donetsk Oblast over the past day, the General Staff of Ukraine's Armed Forces reported on Jan. 17",
      actor="RU", target="UA", q=[Q("engagements", "engagement", 38)],
      place=P("near Kostiantynivka in Donetsk Oblast", "Kostiantynivka", "UA", "UA-14", "settlement"), time=PAST_DAY),
    C("ground_combat", KI,
      "as Moscow presses its offensive on one of the last major cities in the region still under Ukrainian control.",
      actor="RU", target="UA", place=P("one of the last major cities in the region", "Kostiantynivka", "UA", "UA-14", "settlement")),
    C("ground_combat", GS2, EV_CL, actor="RU", target="UA", q=[Q("engagements", "engagement", 171)], place=None, time=PAST_DAY),
    C("ground_combat", GS2, EV_CL, actor="RU", target="UA",
      place=P("the Pokrovsk, Kostiantynivka and Huliaipole sectors", "Pokrovsk", "UA", "UA-14", "district"), time=PAST_DAY),
    C("ground_combat", GS2, EV_CL, actor="RU", target="UA",
      place=P("the Pokrovsk, Kostiantynivka and Huliaipole sectors", "Kostiantynivka", "UA", "UA-14", "district"), time=PAST_DAY),
    C("ground_combat", GS2, EV_CL, actor="RU", target="UA",
      place=P("the Pokrovsk, Kostiantynivka and Huliaipole sectors", "Huliaipole", "UA", "UA-23", "district"), time=PAST_DAY),
    C("strike", GS2,
      "Russian troops also used 2,341 kamikaze drones and dropped 131 guided aerial bombs on Ukrainian positions and settlements, the General Staff said.",
      actor="RU", target="UA", q=[Q("launched", "drone", 2341), Q("launched", "glide_bomb", 131)], weapon="mixed", time=PAST_DAY),
    C("strike", KI, EV_KOST, actor="RU", target="UA", weapon="unknown",
      place=P("Kostiantynivka", "Kostiantynivka", "UA", "UA-14", "settlement"), time=T("since", "2025-01-01", PUB, "year")),
    C("territorial_change", KI, EV_KOST, actor="RU", target="UA",
      place=P("nearby Chasiv Yar", "Chasiv Yar", "UA", "UA-14", "settlement"), time=T("in 2025", "2025-01-01", "2025-12-31", "year")),
    C("casualties", GS2, EV_TALLY, actor="UA", target="RU", q=[Q("other", "person", 1238460, category="military")],
      place=P("Ukraine", "Ukraine", "UA", None, "country"),
      time=since_war("since the beginning of the full-scale invasion on Feb. 24, 2022", PUB)),
    C("casualties", GS2, EV_TALLY, actor="UA", target="RU", q=[Q("other", "person", 1010, category="military")],
      place=P("Ukraine", "Ukraine", "UA", None, "country"), time=PAST_DAY),
    C("casualties", GS2,
      "According to the report, Russia has also lost 11,620 tanks, 24,105 armored fighting vehicles, 36,840 artillery systems, 434 aircraft and 347 helicopters.",
      actor="UA", target="RU",
      q=[Q("destroyed", "vehicle", 11620), Q("destroyed", "vehicle", 24105), Q("destroyed", "other", 36840),
         Q("destroyed", "aircraft", 434), Q("destroyed", "aircraft", 347)],
      time=since_war(None, PUB)),
    C("strike", TER, EV_KH, actor="RU", target="UA", weapon="drone", place=KH, time=LATE17),
    C("casualties", TER, EV_KH, actor="RU", target="UA",
      q=[Q("injured", "person", 7), Q("injured", "person", 2, category="child")], weapon="drone", place=KH, time=LATE17),
    C("strike", AF, EV_AF, actor="RU", target="UA", q=[Q("launched", "drone", 86)], weapon="drone", place=UKRAINE(), time=NIGHT),
    C("interception", AF, EV_AF, actor="UA", target="RU", q=[Q("intercepted", "drone", 64)], weapon="drone", place=UKRAINE(), time=NIGHT),
    C("strike", HUR, EV_HUR, actor="UA", target="RU", weapon="drone", place=VALUYKI, time=day("on Jan. 16", "2026-01-16"),
      status="unconfirmed"),
    C("infrastructure_damage", HUR, EV_HUR, actor="UA", target="RU", weapon="drone", place=VALUYKI,
      time=day("on Jan. 16", "2026-01-16"), status="unconfirmed"),
    C("interception", RUMOD, "Russia's Defense Ministry said it had downed 27 Ukrainian drones over Belgorod Oblast overnight.",
      actor="RU", target="UA", q=[Q("intercepted", "drone", 27)], weapon="drone",
      place=P("Belgorod Oblast", "Belgorod Oblast", "RU", "RU-BEL", "region"), time=NIGHT),
]

AIRWATCH = [("launched", "drone", 86), ("intercepted", "drone", 64)]
