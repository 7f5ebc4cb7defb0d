# Interfax-Ukraine-style item on a combined missile and drone attack: totals, a subtype count, western energy targets.
from _lab import *

PUB = "2025-12-27"
META = {"id": "own23", "url": "https://en.interfax.com.ua.example/news/general/1120458.html",
        "retrieved_at": "2025-12-27T10:41:00+00:00"}
TITLE = "Russia launches 40 missiles, 65 drones in overnight attack; air defenses down 36 missiles, 58 drones"
PUBLISHED = PUB
BYLINE = None

TEXT = """
Interfax-Ukraine
News Agency
General
Economic
Photo
Press conferences
Russia launches 40 missiles, 65 drones in overnight attack; air defenses down 36 missiles, 58 drones
09:55 27.12.2025
¶Russia attacked Ukraine overnight on Saturday with 40 missiles, including four Kinzhal hypersonic missiles, and 65 attack drones, the Air Force said.
¶Air defenses destroyed 36 missiles and 58 drones, the Air Force said. All four Kinzhal missiles were shot down over Kyiv.
¶The main target was energy infrastructure in the western Lviv and Ivano-Frankivsk regions, where explosions were heard in the early hours, officials said.
¶Lviv Mayor Andriy Sadovyi said a missile had hit a critical infrastructure facility on the city's outskirts, causing a fire. Power was cut in parts of the city.
¶In the Ivano-Frankivsk region, the Burshtyn thermal power plant was damaged, DTEK, the country's largest private energy company, said, adding that two employees were injured.
¶Poland scrambled fighter jets to secure its airspace during the attack, the Polish Operational Command said.
Tags: #air_defense #missile_attack #energy
Other news
Cabinet approves new rules for heating season subsidies
Ukrainian grain exports up 4% in December
"""

AF = ("the Air Force", "Ukrainian Air Force", "UA")
OFF = ("officials", "Ukrainian officials", "UA")
SAD = ("Lviv Mayor Andriy Sadovyi", "Andriy Sadovyi", "UA")
DTEK = ("DTEK, the country's largest private energy company", "DTEK", "UA")

NIGHT = night("overnight on Saturday", PUB)
EV1 = ("Russia attacked Ukraine overnight on Saturday with 40 missiles, including four Kinzhal hypersonic missiles, and 65 attack "
       "drones, the Air Force said.")
EV2 = "Air defenses destroyed 36 missiles and 58 drones, the Air Force said."
EV3 = "All four Kinzhal missiles were shot down over Kyiv."
EV_OFF = ("The main target was energy infrastructure in the western Lviv and Ivano-Frankivsk regions, where explosions were heard in "
          "the early hours, officials said.")
EV_SAD = ("Lviv Mayor Andriy Sadovyi said a missile had hit a critical infrastructure facility on the city's outskirts, causing a fire. "
          "Power was cut in parts of the city.")
LVIV = P("the city's outskirts", "Lviv", "UA", "UA-46", "settlement")
EV_DTEK = ("In the Ivano-Frankivsk region, the Burshtyn thermal power plant was damaged, DTEK, the country's largest private energy "
           "company, said, adding that two employees were injured.")
BURSHTYN = P("the Burshtyn thermal power plant", "Burshtyn Thermal Power Plant", "UA", "UA-26", "point")

CLAIMS = [
    C("strike", AF, EV1, actor="RU", target="UA", q=[Q("launched", "missile", 40), Q("launched", "missile", 4), Q("launched", "drone", 65)],
      weapon="mixed", place=UKRAINE(), time=NIGHT),
    C("interception", AF, EV2, actor="UA", target="RU", q=[Q("intercepted", "missile", 36), Q("intercepted", "drone", 58)],
      weapon="mixed", place=UKRAINE(), time=NIGHT),
    C("interception", (None, "Ukrainian Air Force", "UA"), EV3, actor="UA", target="RU", q=[Q("intercepted", "missile", 4)],
      weapon="missile", place=P("Kyiv", "Kyiv", "UA", "UA-30", "settlement"), time=NIGHT),
    C("strike", OFF, EV_OFF, actor="RU", target="UA", weapon="mixed",
      place=P("the western Lviv and Ivano-Frankivsk regions", "Lviv Oblast", "UA", "UA-46", "region"),
      time=T("in the early hours", f"{PUB}T00:00", f"{PUB}T06:00", "part_of_day")),
    C("strike", OFF, EV_OFF, actor="RU", target="UA", weapon="mixed",
      place=P("the western Lviv and Ivano-Frankivsk regions", "Ivano-Frankivsk Oblast", "UA", "UA-26", "region"),
      time=T("in the early hours", f"{PUB}T00:00", f"{PUB}T06:00", "part_of_day")),
    C("strike", SAD, EV_SAD, actor="RU", target="UA", weapon="missile", place=LVIV, time=NIGHT),
    C("infrastructure_damage", SAD, EV_SAD, actor="RU", target="UA", weapon="missile", place=LVIV, time=NIGHT),
    C("strike", DTEK, EV_DTEK, actor="RU", target="UA", weapon="mixed", place=BURSHTYN, time=NIGHT),
    C("infrastructure_damage", DTEK, EV_DTEK, actor="RU", target="UA", weapon="mixed", place=BURSHTYN, time=NIGHT),
    C("casualties", DTEK, EV_DTEK, actor="RU", target="UA", q=[Q("injured", "person", 2)], weapon="mixed", place=BURSHTYN, time=NIGHT),
]

AIRWATCH = [("launched", "missile", 40), ("launched", "drone", 65), ("intercepted", "missile", 36), ("intercepted", "drone", 58)]
