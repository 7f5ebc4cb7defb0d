# Short Ukrainian-outlet news item on the Air Force's nightly figures, with debris damage and a city mayor's report.
from _lab import *

PUB = "2024-11-26"
META = {"id": "own21", "url": "https://suspilne.example/en/news/889120-russia-attacks-with-missiles-and-128-drones-overnight/",
        "retrieved_at": "2024-11-26T07:20:31+00:00"}
TITLE = "Russia attacks Ukraine with six missiles and 128 drones overnight, Air Force says"
PUBLISHED = PUB
BYLINE = "Iryna Savchuk"

TEXT = """
Suspilne News
Ukraine
World
War
Economy
Culture
Sport
Russia attacks Ukraine with six missiles and 128 drones overnight, Air Force says
08:40
Iryna Savchuk
Illustrative photo: Air Force of the Armed Forces of Ukraine
¶Russian forces attacked Ukraine overnight on 25-26 November with six Kh-101 cruise missiles and 128 Shahed-type attack drones and decoy drones, the Air Force of the Armed Forces of Ukraine said.
¶Ukrainian air defence shot down five missiles and 101 drones, mostly over the northern and central regions.
¶A further 23 decoy drones were "locationally lost", while four drones flew towards Belarus, the Air Force added.
¶Debris from downed drones damaged private houses in Kyiv Oblast's Bila Tserkva district and a warehouse in Ternopil, local authorities reported.
¶In Ternopil, Mayor Serhii Nadal said a drone had hit an energy facility, leaving part of the city without power.
Read Suspilne on Google News
Subscribe to our Telegram channel
Related news
Zelensky signs law on 2025 state budget
Frosts of up to minus 10 expected in the west of Ukraine this week
"""

AF = ("the Air Force of the Armed Forces of Ukraine", "Ukrainian Air Force", "UA")
AF2 = ("the Air Force", "Ukrainian Air Force", "UA")
LOCAL = ("local authorities", "Ukrainian local authorities", "UA")
NADAL = ("Mayor Serhii Nadal", "Serhii Nadal", "UA")

NIGHT = night("overnight on 25-26 November", PUB)
EV1 = ("Russian forces attacked Ukraine overnight on 25-26 November with six Kh-101 cruise missiles and 128 Shahed-type attack drones "
       "and decoy drones, the Air Force of the Armed Forces of Ukraine said.")
EV2 = "Ukrainian air defence shot down five missiles and 101 drones, mostly over the northern and central regions."
EV3 = "A further 23 decoy drones were \"locationally lost\", while four drones flew towards Belarus, the Air Force added."
EV_DEB = ("Debris from downed drones damaged private houses in Kyiv Oblast's Bila Tserkva district and a warehouse in Ternopil, "
          "local authorities reported.")
TERN = P("Ternopil", "Ternopil", "UA", "UA-61", "settlement")
EV_NAD = "In Ternopil, Mayor Serhii Nadal said a drone had hit an energy facility, leaving part of the city without power."

CLAIMS = [
    C("strike", AF, EV1 + "\n" + EV2 + "\n" + EV3, actor="RU", target="UA",
      q=[Q("launched", "missile", 6), Q("launched", "drone", 128), Q("other", "drone", 4)], weapon="mixed", place=UKRAINE(),
      time=NIGHT),
    C("interception", AF2, EV2 + "\n" + EV3, actor="UA", target="RU",
      q=[Q("intercepted", "missile", 5), Q("intercepted", "drone", 101), Q("intercepted", "drone", 23)], weapon="mixed",
      time=NIGHT),
    C("infrastructure_damage", LOCAL, EV_DEB, actor="RU", target="UA", weapon="drone",
      place=P("Kyiv Oblast's Bila Tserkva district", "Bila Tserkva Raion", "UA", "UA-32", "district"), time=NIGHT),
    C("infrastructure_damage", LOCAL, EV_DEB, actor="RU", target="UA", weapon="drone", place=TERN, time=NIGHT),
    C("strike", NADAL, EV_NAD, actor="RU", target="UA", weapon="drone", place=TERN, time=NIGHT),
    C("infrastructure_damage", NADAL, EV_NAD, actor="RU", target="UA", weapon="drone", place=TERN, time=NIGHT),
]

AIRWATCH = [("launched", "missile", 6), ("launched", "drone", 128), ("intercepted", "missile", 5), ("intercepted", "drone", 101),
            ("intercepted", "drone", 23)]
