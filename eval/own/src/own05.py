# ISW-style campaign assessment: directions, settlements, geolocated footage, Russian MoD and Ukrainian General Staff claims.
from _lab import *

PUB = "2025-11-04"
META = {"id": "own05", "url": "https://www.understandingwar.example/backgrounder/russian-offensive-campaign-assessment-november-4-2025",
        "retrieved_at": "2025-11-05T08:12:40+00:00"}
TITLE = "Russian Offensive Campaign Assessment, November 4, 2025"
PUBLISHED = PUB
BYLINE = "Nadia Kerr, Simon Petrenko, Lucas Adler, and Grace Mori"

TEXT = """
Institute for the Study of War
Home
Research
Maps
Publications
Support ISW
Russian Offensive Campaign Assessment, November 4, 2025
Nadia Kerr, Simon Petrenko, Lucas Adler, and Grace Mori
November 4, 2025, 7:15pm ET
Click here to see ISW’s interactive map of the Russian invasion of Ukraine. This map is updated daily alongside the static maps present in this report.
Note: The data cut-off for this product was 12:45pm ET on November 4. ISW will cover subsequent reports in the November 5 Russian Offensive Campaign Assessment.
¶Key Takeaways:
¶Ukrainian forces struck an oil refinery in Rostov Oblast overnight.
¶Russian forces recently advanced in the Pokrovsk and Huliaipole directions, and Ukrainian forces recently advanced in the Orikhiv direction.
¶Ukrainian forces struck the Novoshakhtinsk oil refinery in Rostov Oblast on the night of November 3 to 4.[1] The Ukrainian General Staff reported that the strike caused a fire at the refinery’s primary processing unit.[2] Rostov Oblast Governor Yuri Slyusar claimed that Russian forces downed 22 Ukrainian drones over the oblast and that debris started a fire at an industrial facility near Novoshakhtinsk.[3] Geolocated footage published on November 4 shows a large fire at the refinery.[4]
¶Russian forces continued offensive operations in the Kupyansk direction on November 3 and 4 but did not make confirmed advances. Russian forces attacked in Kupyansk itself and near Holubivka, Petropavlivka, and Kurylivka.[5] The Russian Ministry of Defense (MoD) claimed on November 4 that Russian forces seized Kurylivka (southeast of Kupyansk), but ISW has not observed evidence to confirm this claim.[6]
¶Russian forces recently advanced in the Pokrovsk direction. Geolocated footage published on November 3 indicates that Russian forces advanced into central Rodynske (north of Pokrovsk).[7] A spokesperson for a Ukrainian corps operating in the direction, Major Serhiy Okhrymenko, stated on November 4 that small Russian infantry groups continue to infiltrate Pokrovsk and that Ukrainian forces are clearing the city.[8] Okhrymenko added that Ukrainian forces repelled 46 Russian assaults in the Pokrovsk direction on November 3.
¶Russian forces recently advanced in the Huliaipole direction. Geolocated footage published on November 2 indicates that Russian forces advanced west of Uspenivka (northeast of Huliaipole).[9] The Russian MoD claimed on November 4 that Russian forces seized Uspenivka and Novouspenivske.[10] Russian milbloggers claimed that Russian forces also seized Andriivka (east of Huliaipole), but ISW has not observed confirmation of this claim.[11]
¶Ukrainian forces recently advanced in the Orikhiv direction. Geolocated footage published on November 3 shows Ukrainian servicemen raising a flag in central Stepnohirsk (northwest of Orikhiv), indicating that Ukrainian forces recaptured the settlement.[12]
¶The Ukrainian General Staff reported on November 4 that Ukrainian forces repelled 21 Russian assaults in the Huliaipole direction and nine in the Orikhiv direction over the past day.[13]
¶Russian forces continued limited assaults in the Kherson direction, including on islands in the Dnipro River delta near Kherson City, on November 3 and 4 but did not advance.[14]
¶The Russian MoD claimed on November 1 that Russian forces seized 19 settlements in Ukraine in October 2025, including 11 in Donetsk Oblast.[15]
¶Russian President Vladimir Putin signed a law on November 3 allowing the Russian military to call up reservists to protect critical infrastructure inside Russia.[16]
Click here to read the full report with maps.
[1] https://t.me/mon_example/14201
[2] https://www.facebook.com/GeneralStaff.ua/posts/example1
[3] https://t.me/gub_rostov_example/3317
[4] https://x.com/geo_example/status/1985000000000000001
[5] https://t.me/mod_russia_example/58201
[6] https://t.me/mod_russia_example/58212
Subscribe to ISW updates
Institute for the Study of War, 1400 16th Street NW, Suite 515, Washington, DC 20036
©2025 Institute for the Study of War
"""

ISW = (None, "Institute for the Study of War", "media")
GS = ("The Ukrainian General Staff", "General Staff of the Armed Forces of Ukraine", "UA")
SLY = ("Rostov Oblast Governor Yuri Slyusar", "Yuri Slyusar", "RU")
RUMOD = ("The Russian Ministry of Defense (MoD)", "Russian Ministry of Defence", "RU")
RUMOD2 = ("The Russian MoD", "Russian Ministry of Defence", "RU")
OKH = ("A spokesperson for a Ukrainian corps operating in the direction, Major Serhiy Okhrymenko", "Serhiy Okhrymenko", "UA")
OKH2 = ("Okhrymenko", "Serhiy Okhrymenko", "UA")
MILB = ("Russian milbloggers", "Russian milbloggers", "RU")

REFINERY = P("the Novoshakhtinsk oil refinery in Rostov Oblast", "Novoshakhtinsk oil refinery", "RU", "RU-ROS", "point")
NIGHT34 = T("on the night of November 3 to 4", "2025-11-03T18:00", "2025-11-04T09:00", "part_of_day")
D34 = T("on November 3 and 4", "2025-11-03", "2025-11-04", "day")
KUP_DIR = P("the Kupyansk direction", "Kupiansk", "UA", "UA-63", "district")
POK_DIR = P("the Pokrovsk direction", "Pokrovsk", "UA", "UA-14", "district")
HUL_DIR = P("the Huliaipole direction", "Huliaipole", "UA", "UA-23", "district")
ORI_DIR = P("the Orikhiv direction", "Orikhiv", "UA", "UA-23", "district")
PAST_DAY = T("over the past day", "2025-11-03", "2025-11-04", "day")

EV_STRIKE = "Ukrainian forces struck the Novoshakhtinsk oil refinery in Rostov Oblast on the night of November 3 to 4."
EV_GS = "The Ukrainian General Staff reported that the strike caused a fire at the refinery’s primary processing unit."
EV_SLY = ("Rostov Oblast Governor Yuri Slyusar claimed that Russian forces downed 22 Ukrainian drones over the oblast and that "
          "debris started a fire at an industrial facility near Novoshakhtinsk.")
EV_KUP = "Russian forces continued offensive operations in the Kupyansk direction on November 3 and 4 but did not make confirmed advances."
EV_KUP2 = "Russian forces attacked in Kupyansk itself and near Holubivka, Petropavlivka, and Kurylivka."
EV_KUR = ("The Russian Ministry of Defense (MoD) claimed on November 4 that Russian forces seized Kurylivka (southeast of Kupyansk), "
          "but ISW has not observed evidence to confirm this claim.")
EV_HUL_MOD = "The Russian MoD claimed on November 4 that Russian forces seized Uspenivka and Novouspenivske."
EV_GS2 = ("The Ukrainian General Staff reported on November 4 that Ukrainian forces repelled 21 Russian assaults in the Huliaipole "
          "direction and nine in the Orikhiv direction over the past day.")
EV_KHE = ("Russian forces continued limited assaults in the Kherson direction, including on islands in the Dnipro River delta near "
          "Kherson City, on November 3 and 4 but did not advance.")
EV_OCT = "The Russian MoD claimed on November 1 that Russian forces seized 19 settlements in Ukraine in October 2025, including 11 in Donetsk Oblast."
OCT = T("in October 2025", "2025-10-01", "2025-10-31", "month")


def kup_place(text, name):
    return P(text, name, "UA", "UA-63", "settlement")


CLAIMS = [
    C("strike", ISW, EV_STRIKE, actor="UA", target="RU", weapon="unknown", place=REFINERY, time=NIGHT34),
    C("strike", GS, EV_GS, actor="UA", target="RU", weapon="unknown", place=REFINERY, time=NIGHT34),
    C("infrastructure_damage", GS, EV_GS, actor="UA", target="RU", weapon="unknown", place=REFINERY, time=NIGHT34),
    C("interception", SLY, EV_SLY, actor="RU", target="UA", q=[Q("intercepted", "drone", 22)], weapon="drone",
      place=P("the oblast", "Rostov Oblast", "RU", "RU-ROS", "region"), time=NIGHT34),
    C("infrastructure_damage", SLY, EV_SLY, actor="UA", target="RU", weapon="drone",
      place=P("near Novoshakhtinsk", "Novoshakhtinsk", "RU", "RU-ROS", "settlement"), time=NIGHT34),
    C("infrastructure_damage", ISW, "Geolocated footage published on November 4 shows a large fire at the refinery.",
      actor="UA", target="RU", place=REFINERY, time=NIGHT34),
    C("ground_combat", ISW, EV_KUP, actor="RU", target="UA", place=KUP_DIR, time=D34),
    C("territorial_change", ISW, EV_KUP, actor="RU", target="UA", place=KUP_DIR, time=D34, modality="negated"),
    C("ground_combat", ISW, EV_KUP2, actor="RU", target="UA", place=kup_place("Kupyansk itself", "Kupiansk"), time=D34),
    C("ground_combat", ISW, EV_KUP2, actor="RU", target="UA", place=kup_place("Holubivka", "Holubivka"), time=D34),
    C("ground_combat", ISW, EV_KUP2, actor="RU", target="UA", place=kup_place("Petropavlivka", "Petropavlivka"), time=D34),
    C("ground_combat", ISW, EV_KUP2, actor="RU", target="UA", place=kup_place("Kurylivka", "Kurylivka"), time=D34),
    C("territorial_change", RUMOD, EV_KUR, actor="RU", target="UA", place=kup_place("Kurylivka", "Kurylivka"), status="unconfirmed"),
    C("territorial_change", ISW,
      "Russian forces recently advanced in the Pokrovsk direction. Geolocated footage published on November 3 indicates that Russian forces advanced into central Rodynske (north of Pokrovsk).",
      actor="RU", target="UA", place=POK_DIR),
    C("territorial_change", ISW,
      "Geolocated footage published on November 3 indicates that Russian forces advanced into central Rodynske (north of Pokrovsk).",
      actor="RU", target="UA", place=P("central Rodynske", "Rodynske", "UA", "UA-14", "settlement")),
    C("ground_combat", OKH,
      "A spokesperson for a Ukrainian corps operating in the direction, Major Serhiy Okhrymenko, stated on November 4 that small Russian infantry groups continue to infiltrate Pokrovsk and that Ukrainian forces are clearing the city.",
      actor="RU", target="UA", place=P("Pokrovsk", "Pokrovsk", "UA", "UA-14", "settlement"), time=day(None, "2025-11-04")),
    C("ground_combat", OKH2, "Okhrymenko added that Ukrainian forces repelled 46 Russian assaults in the Pokrovsk direction on November 3.",
      actor="RU", target="UA", q=[Q("engagements", "engagement", 46)], place=POK_DIR, time=day("on November 3", "2025-11-03")),
    C("territorial_change", ISW,
      "Russian forces recently advanced in the Huliaipole direction. Geolocated footage published on November 2 indicates that Russian forces advanced west of Uspenivka (northeast of Huliaipole).",
      actor="RU", target="UA", place=HUL_DIR),
    C("territorial_change", ISW,
      "Geolocated footage published on November 2 indicates that Russian forces advanced west of Uspenivka (northeast of Huliaipole).",
      actor="RU", target="UA", place=P("west of Uspenivka", "Uspenivka", "UA", "UA-23", "settlement")),
    C("territorial_change", RUMOD2, EV_HUL_MOD, actor="RU", target="UA",
      place=P("Uspenivka", "Uspenivka", "UA", "UA-23", "settlement")),
    C("territorial_change", RUMOD2, EV_HUL_MOD, actor="RU", target="UA",
      place=P("Novouspenivske", "Novouspenivske", "UA", "UA-23", "settlement")),
    C("territorial_change", MILB,
      "Russian milbloggers claimed that Russian forces also seized Andriivka (east of Huliaipole), but ISW has not observed confirmation of this claim.",
      actor="RU", target="UA", place=P("Andriivka (east of Huliaipole)", "Andriivka", "UA", "UA-23", "settlement"), status="unconfirmed"),
    C("territorial_change", ISW, "Ukrainian forces recently advanced in the Orikhiv direction.", actor="UA", target="RU", place=ORI_DIR),
    C("territorial_change", ISW,
      "Geolocated footage published on November 3 shows Ukrainian servicemen raising a flag in central Stepnohirsk (northwest of Orikhiv), indicating that Ukrainian forces recaptured the settlement.",
      actor="UA", target="RU", place=P("central Stepnohirsk", "Stepnohirsk", "UA", "UA-23", "settlement")),
    C("ground_combat", GS, EV_GS2, actor="RU", target="UA", q=[Q("engagements", "engagement", 21)], place=HUL_DIR, time=PAST_DAY),
    C("ground_combat", GS, EV_GS2, actor="RU", target="UA", q=[Q("engagements", "engagement", 9)], place=ORI_DIR, time=PAST_DAY),
    C("ground_combat", ISW, EV_KHE, actor="RU", target="UA",
      place=P("the Kherson direction", "Kherson", "UA", "UA-65", "district"), time=D34),
    C("territorial_change", ISW, EV_KHE, actor="RU", target="UA",
      place=P("the Kherson direction", "Kherson", "UA", "UA-65", "district"), time=D34, modality="negated"),
    C("territorial_change", RUMOD2, EV_OCT, actor="RU", target="UA", q=[Q("captured", "settlement", 19)],
      place=UKRAINE(), time=OCT),
    C("territorial_change", RUMOD2, EV_OCT, actor="RU", target="UA", q=[Q("captured", "settlement", 11)],
      place=P("Donetsk Oblast", "Donetsk Oblast", "UA", "UA-14", "region"), time=OCT),
    C("mobilization", ISW,
      "Russian President Vladimir Putin signed a law on November 3 allowing the Russian military to call up reservists to protect critical infrastructure inside Russia.",
      actor="RU", place=RUSSIA("Russia"), time=day("on November 3", "2025-11-03")),
]

AIRWATCH = None
