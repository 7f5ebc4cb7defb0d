# DW-style report on a disputed Russian capture claim for Kupiansk/Kupyansk (denied by Kyiv), unit numbers, history.
from _lab import *

PUB = "2026-09-12"
META = {"id": "own24", "url": "https://www.dw.example/en/ukraine-denies-russian-claim-to-have-captured-kupiansk/a-73950112",
        "retrieved_at": "2026-09-13T01:10:00+00:00"}
TITLE = "Ukraine denies Russian claim to have captured Kupiansk"
PUBLISHED = PUB
BYLINE = "Oleksandra Ivanets"

TEXT = """
DW
Made for minds.
Germany
World
Business
Science
Environment
Culture
Sports
Conflicts
Ukraine denies Russian claim to have captured Kupiansk
Oleksandra Ivanets
09/12/2026
September 12, 2026
Moscow says its troops control the eastern city. Kyiv says fighting continues and calls the claim "false."
Ukrainian soldiers near the front line in the Kharkiv region in August Image: Oleh Petrasiuk/Ukrainian Ground Forces/AP/picture alliance
¶Russia's Defense Ministry claimed on Saturday that its troops had taken full control of the city of Kupyansk in Ukraine's northeastern Kharkiv region, a claim that Kyiv quickly rejected.
¶"The information about the so-called capture of Kupiansk is false. Our units continue to hold the city and are clearing it of Russian sabotage groups," Ukraine's Joint Forces Task Force said on Telegram.
¶Ukraine's 14th Separate Mechanized Brigade, whose soldiers are fighting in the area, said Russian forces had tried to break through on the city's northern outskirts 14 times over the past 24 hours.
¶Russian state television showed footage of soldiers raising a flag in what it said was central Kupyansk. DW could not verify where the footage was filmed.
Advertisement
¶Kupiansk, a railway hub on the Oskil River, had a pre-war population of around 27,000. Russian forces occupied it in February 2022 before Ukrainian troops liberated it in a counteroffensive in September of that year.
¶Local authorities say the city has been without electricity, gas and running water since the spring.
¶On Friday, a Russian glide bomb struck the village of Kivsharivka, southeast of Kupiansk, killing two people, the Kharkiv regional prosecutor's office said.
¶Prosecutors also opened a case after Russian soldiers shot dead two civilians who were trying to leave a village north of Kupiansk on foot, the office said.
¶The battle for Kupiansk has lasted more than a year, with Russia pushing to seize the city as a springboard for an advance on the western bank of the Oskil River.
Send
Facebook
X
Bluesky
Related topics
Russian invasion of Ukraine
Skip next section DW's main topics
DW's main topics
© 2026 Deutsche Welle
"""

RUMOD = ("Russia's Defense Ministry", "Russian Ministry of Defence", "RU")
JFTF = ("Ukraine's Joint Forces Task Force", "Joint Forces Task Force of the Armed Forces of Ukraine", "UA")
BRIG = ("Ukraine's 14th Separate Mechanized Brigade", "14th Separate Mechanized Brigade", "UA")
RUTV = ("Russian state television", "Russian state television", "RU")
LOCAL = ("Local authorities", "Kupiansk local authorities", "UA")
PROS = ("the Kharkiv regional prosecutor's office", "Kharkiv Regional Prosecutor's Office", "UA")
DW = (None, "DW", "media")

KUP = P("the city of Kupyansk in Ukraine's northeastern Kharkiv region", "Kupiansk", "UA", "UA-63", "settlement")
EV_KIV = ("On Friday, a Russian glide bomb struck the village of Kivsharivka, southeast of Kupiansk, killing two people, the Kharkiv "
          "regional prosecutor's office said.")
KIV = P("the village of Kivsharivka", "Kivsharivka", "UA", "UA-63", "settlement")
FRI = weekday("On Friday", "Friday", PUB)
PROS2 = ("the office", "Kharkiv Regional Prosecutor's Office", "UA")
EV_SHOT = ("Prosecutors also opened a case after Russian soldiers shot dead two civilians who were trying to leave a village north "
           "of Kupiansk on foot, the office said.")
NORTH = P("a village north of Kupiansk", "Kupiansk", "UA", "UA-63", "district")

CLAIMS = [
    C("territorial_change", RUMOD,
      "Russia's Defense Ministry claimed on Saturday that its troops had taken full control of the city of Kupyansk in Ukraine's northeastern Kharkiv region, a claim that Kyiv quickly rejected.",
      actor="RU", target="UA", place=KUP, status="denied"),
    C("ground_combat", JFTF,
      "\"The information about the so-called capture of Kupiansk is false. Our units continue to hold the city and are clearing it of Russian sabotage groups,\" Ukraine's Joint Forces Task Force said on Telegram.",
      actor="UA", target="RU", place=P("Kupiansk", "Kupiansk", "UA", "UA-63", "settlement")),
    C("ground_combat", BRIG,
      "Ukraine's 14th Separate Mechanized Brigade, whose soldiers are fighting in the area, said Russian forces had tried to break through on the city's northern outskirts 14 times over the past 24 hours.",
      actor="RU", target="UA", q=[Q("engagements", "engagement", 14)],
      place=P("the city's northern outskirts", "Kupiansk", "UA", "UA-63", "settlement"),
      time=T("over the past 24 hours", "2026-09-11", PUB, "day")),
    C("territorial_change", RUTV,
      "Russian state television showed footage of soldiers raising a flag in what it said was central Kupyansk. DW could not verify where the footage was filmed.",
      actor="RU", target="UA", place=P("central Kupyansk", "Kupiansk", "UA", "UA-63", "settlement"), status="unconfirmed"),
    C("infrastructure_damage", LOCAL, "Local authorities say the city has been without electricity, gas and running water since the spring.",
      actor="RU", target="UA", place=P("the city", "Kupiansk", "UA", "UA-63", "settlement"),
      time=T("since the spring", "2026-03-01", PUB, "month")),
    C("strike", PROS, EV_KIV, actor="RU", target="UA", weapon="glide_bomb", place=KIV, time=FRI),
    C("casualties", PROS, EV_KIV, actor="RU", target="UA", q=[Q("killed", "person", 2)], weapon="glide_bomb", place=KIV, time=FRI),
    C("attack_on_civilians", PROS2, EV_SHOT, actor="RU", target="UA", q=[Q("killed", "person", 2, category="civilian")],
      place=NORTH),
    C("casualties", PROS2, EV_SHOT, actor="RU", target="UA", q=[Q("killed", "person", 2, category="civilian")], place=NORTH),
    C("ground_combat", DW,
      "The battle for Kupiansk has lasted more than a year, with Russia pushing to seize the city as a springboard for an advance on the western bank of the Oskil River.",
      actor="RU", target="UA", place=P("Kupiansk", "Kupiansk", "UA", "UA-63", "settlement"),
      time=T("more than a year", "2025-09-12", PUB, "year")),
]

AIRWATCH = None
