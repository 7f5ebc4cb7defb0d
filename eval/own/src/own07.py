# Ukrinform-style retelling of the Air Force's nightly report: "52 of the 75", launch areas, locationally lost drones.
from _lab import *

PUB = "2024-06-03"
META = {"id": "own07", "url": "https://www.ukrinform.example/rubric-ato/3870154-air-defense-destroys-52-of-75-drones-overnight.html",
        "retrieved_at": "2024-06-03T10:30:00+00:00"}
TITLE = "Air defense destroys 52 of 75 attack drones overnight"
PUBLISHED = PUB
BYLINE = None

TEXT = """
Ukrinform
Ukrainian National News Agency
News
Politics
Economy
War
Society
Air defense destroys 52 of 75 attack drones overnight
03.06.2024 09:41
Photo: Air Force of the Armed Forces of Ukraine
¶On the night of June 3, Russian invaders attacked Ukraine with 75 Shahed-type attack drones and two Iskander-M ballistic missiles, the Air Force of the Armed Forces of Ukraine reported on Telegram.
¶The drones were launched from the areas of Kursk, Millerovo and Primorsko-Akhtarsk in Russia and from Hvardiiske in temporarily occupied Crimea, and the missiles from the Kursk region, the report said.
¶As of 09:00, air defense forces had shot down 52 of the 75 drones in the Kharkiv, Sumy, Poltava, Kyiv, Cherkasy and Odesa regions. Another 14 drones were lost locationally, likely as a result of active electronic warfare.
¶Hits were recorded at seven locations in the Kharkiv and Odesa regions, and debris from downed drones fell at three locations, the Air Force said.
¶Neither of the ballistic missiles was intercepted, the Air Force noted.
Read also: Zelensky: Ukraine needs at least seven more Patriot systems to protect cities
¶In the Odesa region, the drone attack damaged an energy infrastructure facility and a warehouse, the Southern Defense Forces said. There were no casualties.
¶In the Kharkiv region, a drone hit a private house in the village of Kozacha Lopan, injuring a 63-year-old woman, Governor Oleh Syniehubov said.
If you want to be the first to know the news, subscribe to Ukrinform on Telegram.
When citing and using any materials on the Internet, links to the website ukrinform.net not lower than the first paragraph are mandatory.
Tags:
Air Force
Shahed
Russian aggression
"""

AF = ("the Air Force of the Armed Forces of Ukraine", "Ukrainian Air Force", "UA")
AF_REP = ("the report", "Ukrainian Air Force", "UA")
AF2 = ("the Air Force", "Ukrainian Air Force", "UA")
SDF = ("the Southern Defense Forces", "Southern Defense Forces of Ukraine", "UA")
SYN = ("Governor Oleh Syniehubov", "Oleh Syniehubov", "UA")

NIGHT = night("On the night of June 3", PUB)
EV1 = ("On the night of June 3, Russian invaders attacked Ukraine with 75 Shahed-type attack drones and two Iskander-M ballistic "
       "missiles, the Air Force of the Armed Forces of Ukraine reported on Telegram.")
EV_INT = ("As of 09:00, air defense forces had shot down 52 of the 75 drones in the Kharkiv, Sumy, Poltava, Kyiv, Cherkasy and "
          "Odesa regions. Another 14 drones were lost locationally, likely as a result of active electronic warfare.")
INT_REGIONS = [("Kharkiv Oblast", "UA-63"), ("Sumy Oblast", "UA-59"), ("Poltava Oblast", "UA-53"), ("Kyiv Oblast", "UA-32"),
               ("Cherkasy Oblast", "UA-71"), ("Odesa Oblast", "UA-51")]
EV_HITS = ("Hits were recorded at seven locations in the Kharkiv and Odesa regions, and debris from downed drones fell at three "
           "locations, the Air Force said.")
EV_ODESA = "In the Odesa region, the drone attack damaged an energy infrastructure facility and a warehouse, the Southern Defense Forces said."
ODESA_REG = P("the Odesa region", "Odesa Oblast", "UA", "UA-51", "region")
EV_KH = ("In the Kharkiv region, a drone hit a private house in the village of Kozacha Lopan, injuring a 63-year-old woman, "
         "Governor Oleh Syniehubov said.")
KL = P("the village of Kozacha Lopan", "Kozacha Lopan", "UA", "UA-63", "settlement")

CLAIMS = [
    C("strike", AF, EV1, actor="RU", target="UA", q=[Q("launched", "drone", 75), Q("launched", "missile", 2)],
      weapon="mixed", place=UKRAINE(), time=NIGHT),
]
CLAIMS += [
    C("interception", AF_REP, EV_INT, actor="UA", target="RU",
      q=[Q("intercepted", "drone", 52), Q("intercepted", "drone", 14)], weapon="drone",
      place=P("the Kharkiv, Sumy, Poltava, Kyiv, Cherkasy and Odesa regions", name, "UA", code, "region"), time=NIGHT)
    for name, code in INT_REGIONS
]
CLAIMS += [
    C("strike", AF2, EV_HITS, actor="RU", target="UA", q=[Q("hit", "location", 7), Q("other", "location", 3)], weapon="drone",
      place=P("the Kharkiv and Odesa regions", "Kharkiv Oblast", "UA", "UA-63", "region"), time=NIGHT),
    C("strike", AF2, EV_HITS, actor="RU", target="UA", q=[Q("hit", "location", 7), Q("other", "location", 3)], weapon="drone",
      place=P("the Kharkiv and Odesa regions", "Odesa Oblast", "UA", "UA-51", "region"), time=NIGHT),
    C("interception", AF2, "Neither of the ballistic missiles was intercepted, the Air Force noted.", actor="UA", target="RU",
      weapon="missile", time=NIGHT, modality="negated"),
    C("strike", SDF, EV_ODESA, actor="RU", target="UA", weapon="drone", place=ODESA_REG, time=NIGHT),
    C("infrastructure_damage", SDF, EV_ODESA, actor="RU", target="UA", weapon="drone", place=ODESA_REG, time=NIGHT),
    C("casualties", SDF, EV_ODESA + " There were no casualties.", actor="RU", target="UA", weapon="drone", place=ODESA_REG,
      time=NIGHT, modality="negated"),
    C("strike", SYN, EV_KH, actor="RU", target="UA", weapon="drone", place=KL, time=NIGHT),
    C("casualties", SYN, EV_KH, actor="RU", target="UA", weapon="drone", place=KL, time=NIGHT),
]

AIRWATCH = [("launched", "drone", 75), ("intercepted", "drone", 52), ("intercepted", "drone", 14)]
