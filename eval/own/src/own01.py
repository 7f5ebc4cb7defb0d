# AP-style dispatch: glide-bomb strike on Kharkiv, the air force's nightly figures, Russian MoD claims.
from _lab import *

PUB = "2025-06-14"
META = {"id": "own01", "url": "https://apnews.example/article/russia-ukraine-war-kharkiv-glide-bombs-7f3a21",
        "retrieved_at": "2025-06-14T19:02:11+00:00"}
TITLE = "Russian glide bombs hit Kharkiv apartment blocks, killing 3 and wounding 27"
PUBLISHED = PUB
BYLINE = "Olena Marchuk and Daniel Kerr, The Associated Press"

TEXT = """
Russian glide bombs hit Kharkiv apartment blocks, killing 3 and wounding 27 | AP News
Skip to main content
World
U.S.
Politics
Sports
Entertainment
Business
Science
Russian glide bombs hit Kharkiv apartment blocks, killing 3 and wounding 27
Rescuers carry an injured woman out of a damaged apartment building in Kharkiv, Ukraine, Saturday, June 14, 2025. (AP Photo/Mykola Tymchenko)
By Olena Marchuk and Daniel Kerr, The Associated Press
Updated 6:41 PM GMT+3, June 14, 2025
Share
Copy link
Email
Facebook
X
¶KHARKIV, Ukraine (AP) — Russian glide bombs slammed into a residential neighborhood of Kharkiv on Saturday afternoon, killing at least three people and wounding 27 others, including four children, regional Gov. Oleh Syniehubov said.
¶Two of the bombs hit the courtyard of a nine-story apartment building in the city’s Kyivskyi district, and a third struck a kindergarten that was empty at the time, Syniehubov wrote on Telegram. Rescuers were still searching the rubble for a woman believed to be trapped, he said.
¶Kharkiv Mayor Ihor Terekhov said at least 14 apartment buildings were damaged and that more than 200 windows had been blown out across the district.
¶“There are no military targets here. There is a playground, a pharmacy and people’s homes,” Terekhov told reporters at the scene.
¶Kharkiv, Ukraine’s second-largest city, lies about 30 kilometers (19 miles) from the Russian border and has been pounded by glide bombs, missiles and drones since the full-scale invasion began in February 2022.
¶The attack came hours after Russia launched 61 Shahed and decoy drones and two Iskander-M ballistic missiles at Ukraine overnight, Ukraine’s air force said. Air defenses shot down or jammed 44 of the drones, it said, while the missiles and the remaining drones struck targets in the Kharkiv, Sumy and Dnipropetrovsk regions.
¶In the northeastern Sumy region, a Russian drone hit a car in the town of Bilopillia, killing a 52-year-old man, the regional military administration said.
¶Russia’s Defense Ministry said Saturday that its troops had captured the village of Kindrashivka in the Kharkiv region, north of the city of Kupiansk. The claim could not be independently verified.
¶The ministry also said air defense systems destroyed 19 Ukrainian drones over the Belgorod and Kursk regions overnight.
¶Belgorod Gov. Vyacheslav Gladkov said a Ukrainian drone attack damaged a power line near the border village of Zhuravlevka, leaving about 1,500 residents without electricity.
¶Moscow and Kyiv have yet to agree on a ceasefire despite months of U.S.-led diplomacy, and both sides have stepped up long-range strikes in recent weeks.
___
Follow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine
Associated Press writer Pavel Romanov in Tallinn, Estonia, contributed to this report.
Copyright 2025 The Associated Press. All Rights Reserved.
Top Stories
Heat wave grips southern Europe as wildfires force evacuations in Greece
ATHENS, Greece (AP) — Firefighters battled dozens of wildfires across Greece on Saturday as temperatures climbed above 40 degrees Celsius...
4h ago
Storms knock out power to thousands across the Midwest
Severe thunderstorms swept across parts of Illinois and Indiana overnight, toppling trees and power lines...
2h ago
Most Watched
1:48
Wimbledon warm-up: grass court season opens in London
3:05
How a small bakery in Lisbon became an internet sensation
0:59
Rare white moose spotted in Sweden
More Videos
"""

SYN = ("regional Gov. Oleh Syniehubov", "Oleh Syniehubov", "UA")
SYN2 = ("Syniehubov", "Oleh Syniehubov", "UA")
TER = ("Kharkiv Mayor Ihor Terekhov", "Ihor Terekhov", "UA")
AF = ("Ukraine’s air force", "Ukrainian Air Force", "UA")
AF_IT = ("it", "Ukrainian Air Force", "UA")
SUMY_RMA = ("the regional military administration", "Sumy Regional Military Administration", "UA")
RUMOD = ("Russia’s Defense Ministry", "Russian Ministry of Defence", "RU")
RUMOD2 = ("The ministry", "Russian Ministry of Defence", "RU")
GLAD = ("Belgorod Gov. Vyacheslav Gladkov", "Vyacheslav Gladkov", "RU")
AP = (None, "The Associated Press", "media")

KHARKIV = P("Kharkiv", "Kharkiv", "UA", "UA-63", "settlement")
KHARKIV_DISTRICT = P("the city’s Kyivskyi district", "Kyivskyi district, Kharkiv", "UA", "UA-63", "district")
SAT_PM = T("on Saturday afternoon", f"{PUB}T12:00", f"{PUB}T18:00", "part_of_day")
NIGHT = night("overnight", PUB)

EV1 = ("Russian glide bombs slammed into a residential neighborhood of Kharkiv on Saturday afternoon, killing at least three people "
       "and wounding 27 others, including four children, regional Gov. Oleh Syniehubov said.")
EV2 = ("Two of the bombs hit the courtyard of a nine-story apartment building in the city’s Kyivskyi district, and a third struck "
       "a kindergarten that was empty at the time, Syniehubov wrote on Telegram.")
EV_AF = ("The attack came hours after Russia launched 61 Shahed and decoy drones and two Iskander-M ballistic missiles at Ukraine "
         "overnight, Ukraine’s air force said.")
EV_AF2 = ("Air defenses shot down or jammed 44 of the drones, it said, while the missiles and the remaining drones struck targets "
          "in the Kharkiv, Sumy and Dnipropetrovsk regions.")

CLAIMS = [
    C("strike", SYN, EV1 + "\n" + EV2, actor="RU", target="UA", q=[Q("hit", "glide_bomb", 2)],
      weapon="glide_bomb", place=KHARKIV, time=SAT_PM),
    C("casualties", SYN, EV1, actor="RU", target="UA",
      q=[Q("killed", "person", 3, "at_least"), Q("injured", "person", 27), Q("injured", "person", 4, category="child")],
      weapon="glide_bomb", place=KHARKIV, time=SAT_PM),
    C("infrastructure_damage", SYN2, EV2, actor="RU", target="UA", weapon="glide_bomb",
      place=KHARKIV_DISTRICT, time=SAT_PM),
    C("infrastructure_damage", TER,
      "Kharkiv Mayor Ihor Terekhov said at least 14 apartment buildings were damaged and that more than 200 windows had been blown out across the district.",
      actor="RU", target="UA", q=[Q("other", "other", 14, "at_least"), Q("other", "other", 200, "at_least")],
      weapon="glide_bomb", place=KHARKIV, time=SAT_PM),
    C("strike", AP,
      "Kharkiv, Ukraine’s second-largest city, lies about 30 kilometers (19 miles) from the Russian border and has been pounded by glide bombs, missiles and drones since the full-scale invasion began in February 2022.",
      actor="RU", target="UA", weapon="mixed", place=P("Kharkiv", "Kharkiv", "UA", "UA-63", "settlement"),
      time=since_war("since the full-scale invasion began in February 2022", PUB)),
    C("strike", AF, EV_AF, actor="RU", target="UA",
      q=[Q("launched", "drone", 61), Q("launched", "missile", 2)], weapon="mixed", place=UKRAINE(), time=NIGHT),
    C("interception", AF_IT, EV_AF + " " + EV_AF2, actor="UA", target="RU", q=[Q("intercepted", "drone", 44)],
      weapon="drone", place=UKRAINE(), time=NIGHT),
    C("strike", AF_IT, EV_AF2, actor="RU", target="UA", weapon="mixed",
      place=P("the Kharkiv, Sumy and Dnipropetrovsk regions", "Kharkiv Oblast", "UA", "UA-63", "region"), time=NIGHT),
    C("strike", AF_IT, EV_AF2, actor="RU", target="UA", weapon="mixed",
      place=P("the Kharkiv, Sumy and Dnipropetrovsk regions", "Sumy Oblast", "UA", "UA-59", "region"), time=NIGHT),
    C("strike", AF_IT, EV_AF2, actor="RU", target="UA", weapon="mixed",
      place=P("the Kharkiv, Sumy and Dnipropetrovsk regions", "Dnipropetrovsk Oblast", "UA", "UA-12", "region"), time=NIGHT),
    C("strike", SUMY_RMA,
      "In the northeastern Sumy region, a Russian drone hit a car in the town of Bilopillia, killing a 52-year-old man, the regional military administration said.",
      actor="RU", target="UA", weapon="drone", place=P("the town of Bilopillia", "Bilopillia", "UA", "UA-59", "settlement")),
    C("casualties", SUMY_RMA,
      "In the northeastern Sumy region, a Russian drone hit a car in the town of Bilopillia, killing a 52-year-old man, the regional military administration said.",
      actor="RU", target="UA", weapon="drone", place=P("the town of Bilopillia", "Bilopillia", "UA", "UA-59", "settlement")),
    C("territorial_change", RUMOD,
      "Russia’s Defense Ministry said Saturday that its troops had captured the village of Kindrashivka in the Kharkiv region, north of the city of Kupiansk. The claim could not be independently verified.",
      actor="RU", target="UA", place=P("the village of Kindrashivka", "Kindrashivka", "UA", "UA-63", "settlement"),
      status="unconfirmed"),
    C("interception", RUMOD2,
      "The ministry also said air defense systems destroyed 19 Ukrainian drones over the Belgorod and Kursk regions overnight.",
      actor="RU", target="UA", q=[Q("intercepted", "drone", 19)], weapon="drone",
      place=P("the Belgorod and Kursk regions", "Belgorod Oblast", "RU", "RU-BEL", "region"), time=NIGHT),
    C("interception", RUMOD2,
      "The ministry also said air defense systems destroyed 19 Ukrainian drones over the Belgorod and Kursk regions overnight.",
      actor="RU", target="UA", q=[Q("intercepted", "drone", 19)], weapon="drone",
      place=P("the Belgorod and Kursk regions", "Kursk Oblast", "RU", "RU-KRS", "region"), time=NIGHT),
    C("strike", GLAD,
      "Belgorod Gov. Vyacheslav Gladkov said a Ukrainian drone attack damaged a power line near the border village of Zhuravlevka, leaving about 1,500 residents without electricity.",
      actor="UA", target="RU", weapon="drone", place=P("the border village of Zhuravlevka", "Zhuravlevka", "RU", "RU-BEL", "settlement")),
    C("infrastructure_damage", GLAD,
      "Belgorod Gov. Vyacheslav Gladkov said a Ukrainian drone attack damaged a power line near the border village of Zhuravlevka, leaving about 1,500 residents without electricity.",
      actor="UA", target="RU", q=[Q("other", "person", 1500, "about", "civilian")], weapon="drone",
      place=P("the border village of Zhuravlevka", "Zhuravlevka", "RU", "RU-BEL", "settlement")),
]

AIRWATCH = [("launched", "drone", 61), ("intercepted", "drone", 44)]
