# TASS-style wire retelling the Russian Defence Ministry's daily statement: interceptions by region, "liberated" villages.
from _lab import *

PUB = "2025-04-27"
META = {"id": "own08", "url": "https://tass.example/defense/1950211",
        "published": "2025-04-27T07:21:00+00:00"}
TITLE = "Russian air defenses down 63 Ukrainian drones over six regions overnight — MoD"
PUBLISHED = PUB
BYLINE = None

TEXT = """
TASS
Russian News Agency
Russian Politics & Diplomacy
World
Business & Economy
Military & Defense
Science & Space
Military & Defense
Russian air defenses down 63 Ukrainian drones over six regions overnight — MoD
27 APR, 10:21
The Defense Ministry also reported that Russian forces had liberated two communities over the past day
¶MOSCOW, April 27. /TASS/. Russian air defense systems intercepted and destroyed 63 Ukrainian fixed-wing drones over six Russian regions overnight, the Russian Defense Ministry reported on Sunday.
¶"Over the past night, on-duty air defense assets intercepted and destroyed 63 Ukrainian fixed-wing unmanned aerial vehicles: 24 over the Kursk Region, 17 over the Bryansk Region, 11 over the Belgorod Region, six over the Oryol Region, three over the Voronezh Region and two over the Republic of Crimea," the ministry said.
¶Over the past day, units of the Battlegroup West liberated the community of Kamenka in the Kharkov Region, while units of the Battlegroup Center liberated the community of Novopavlovka in the Donetsk People's Republic, the ministry said. The Ukrainian General Staff did not confirm the loss of the settlements.
¶Units of the Battlegroup Dnepr inflicted losses on Ukrainian manpower and equipment near the communities of Kamenskoye and Stepnogorsk in the Zaporozhye Region, the ministry said.
¶Russian forces also struck drone production workshops, fuel depots and temporary deployment sites of Ukrainian troops in 142 areas, according to the ministry.
¶The Ukrainian army lost up to 1,210 servicemen in all areas of the special military operation over the past 24 hours, the ministry reported.
¶Belgorod Region Governor Vyacheslav Gladkov said on his Telegram channel that a Ukrainian FPV drone attacked a car in the village of Novaya Tavolzhanka, wounding two civilians.
¶In the Kursk Region, debris from a downed drone damaged a gas pipeline in the town of Rylsk, acting governor Alexander Khinshtein wrote.
Tags
Russian Defense Ministry
Special military operation in Ukraine
Read also
Russia's economy ministry raises 2025 inflation forecast
Lavrov to hold talks with Turkish counterpart
All news
"""

RUMOD = ("the Russian Defense Ministry", "Russian Ministry of Defence", "RU")
RUMOD2 = ("the ministry", "Russian Ministry of Defence", "RU")
GLAD = ("Belgorod Region Governor Vyacheslav Gladkov", "Vyacheslav Gladkov", "RU")
KHIN = ("acting governor Alexander Khinshtein", "Alexander Khinshtein", "RU")

NIGHT = night("overnight", PUB)
PAST_DAY = T("Over the past day", "2025-04-26", "2025-04-27", "day")
EV1 = ("MOSCOW, April 27. /TASS/. Russian air defense systems intercepted and destroyed 63 Ukrainian fixed-wing drones over six "
       "Russian regions overnight, the Russian Defense Ministry reported on Sunday.")
EV2 = ("\"Over the past night, on-duty air defense assets intercepted and destroyed 63 Ukrainian fixed-wing unmanned aerial vehicles: "
       "24 over the Kursk Region, 17 over the Bryansk Region, 11 over the Belgorod Region, six over the Oryol Region, three over the "
       "Voronezh Region and two over the Republic of Crimea,\" the ministry said.")
REGIONS = [(24, "the Kursk Region", "Kursk Oblast", "RU", "RU-KRS"), (17, "the Bryansk Region", "Bryansk Oblast", "RU", "RU-BRY"),
           (11, "the Belgorod Region", "Belgorod Oblast", "RU", "RU-BEL"), (6, "the Oryol Region", "Oryol Oblast", "RU", "RU-ORL"),
           (3, "the Voronezh Region", "Voronezh Oblast", "RU", "RU-VOR"),
           (2, "the Republic of Crimea", "Autonomous Republic of Crimea", "UA", "UA-43")]
EV_TC = ("Over the past day, units of the Battlegroup West liberated the community of Kamenka in the Kharkov Region, while units "
         "of the Battlegroup Center liberated the community of Novopavlovka in the Donetsk People's Republic, the ministry said. "
         "The Ukrainian General Staff did not confirm the loss of the settlements.")
EV_GC = ("Units of the Battlegroup Dnepr inflicted losses on Ukrainian manpower and equipment near the communities of Kamenskoye "
         "and Stepnogorsk in the Zaporozhye Region, the ministry said.")
EV_GLAD = ("Belgorod Region Governor Vyacheslav Gladkov said on his Telegram channel that a Ukrainian FPV drone attacked a car in "
           "the village of Novaya Tavolzhanka, wounding two civilians.")
NT = P("the village of Novaya Tavolzhanka", "Novaya Tavolzhanka", "RU", "RU-BEL", "settlement")

CLAIMS = [
    C("interception", RUMOD, EV1, actor="RU", target="UA", q=[Q("intercepted", "drone", 63), Q("other", "location", 6)],
      weapon="drone", place=RUSSIA("six Russian regions"), time=NIGHT),
] + [
    C("interception", RUMOD2, EV2, actor="RU", target="UA", q=[Q("intercepted", "drone", n)], weapon="drone",
      place=P(text, name, country, code, "region"), time=T("Over the past night", f"2025-04-26T18:00", f"{PUB}T09:00", "part_of_day"))
    for n, text, name, country, code in REGIONS
] + [
    C("territorial_change", RUMOD2, EV_TC, actor="RU", target="UA",
      place=P("the community of Kamenka in the Kharkov Region", "Kamianka", "UA", "UA-63", "settlement"), time=PAST_DAY,
      status="unconfirmed"),
    C("territorial_change", RUMOD2, EV_TC, actor="RU", target="UA",
      place=P("the community of Novopavlovka in the Donetsk People's Republic", "Novopavlivka", "UA", "UA-14", "settlement"),
      time=PAST_DAY, status="unconfirmed"),
    C("ground_combat", RUMOD2, EV_GC, actor="RU", target="UA",
      place=P("Kamenskoye", "Kamianske", "UA", "UA-23", "settlement"), time=PAST_DAY),
    C("ground_combat", RUMOD2, EV_GC, actor="RU", target="UA",
      place=P("Stepnogorsk", "Stepnohirsk", "UA", "UA-23", "settlement"), time=PAST_DAY),
    C("casualties", RUMOD2, EV_GC, actor="RU", target="UA",
      place=P("Kamenskoye", "Kamianske", "UA", "UA-23", "settlement"), time=PAST_DAY),
    C("casualties", RUMOD2, EV_GC, actor="RU", target="UA",
      place=P("Stepnogorsk", "Stepnohirsk", "UA", "UA-23", "settlement"), time=PAST_DAY),
    C("strike", RUMOD2,
      "Russian forces also struck drone production workshops, fuel depots and temporary deployment sites of Ukrainian troops in 142 areas, according to the ministry.",
      actor="RU", target="UA", q=[Q("hit", "location", 142)], weapon="unknown", time=PAST_DAY),
    C("casualties", RUMOD2,
      "The Ukrainian army lost up to 1,210 servicemen in all areas of the special military operation over the past 24 hours, the ministry reported.",
      actor="RU", target="UA", q=[Q("other", "person", 1210, "at_most", "military")],
      time=T("over the past 24 hours", "2025-04-26", "2025-04-27", "day")),
    C("strike", GLAD, EV_GLAD, actor="UA", target="RU", weapon="drone", place=NT),
    C("casualties", GLAD, EV_GLAD, actor="UA", target="RU", q=[Q("injured", "person", 2, category="civilian")], weapon="drone", place=NT),
    C("infrastructure_damage", KHIN,
      "In the Kursk Region, debris from a downed drone damaged a gas pipeline in the town of Rylsk, acting governor Alexander Khinshtein wrote.",
      actor="UA", target="RU", weapon="drone", place=P("the town of Rylsk", "Rylsk", "RU", "RU-KRS", "settlement")),
]

AIRWATCH = None
