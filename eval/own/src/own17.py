# AFP wire on a finance portal: missile strike on Odessa port, the Air Force's figures, both sides' statements.
from _lab import *

PUB = "2025-02-01"
META = {"id": "own17", "url": "https://www.barrons.example/news/russian-missile-strike-on-odessa-port-kills-five-governor-4f1a9e22",
        "retrieved_at": "2025-02-02T12:00:00+00:00"}
TITLE = "Russian Missile Strike On Odessa Port Kills Five: Governor"
PUBLISHED = PUB
BYLINE = None

TEXT = """
Barron's
Subscribe
Sign In
Markets
Investing Ideas
Economy
Advisor Center
Magazine
Data
AFP
Russian Missile Strike On Odessa Port Kills Five: Governor
By AFP - Agence France Presse
Feb 01, 2025, 05:48 am EST
Advertisement
¶A Russian ballistic missile strike on the port of Odessa killed five people and wounded 14 on Saturday morning, the regional governor said, as Moscow kept up its campaign against Ukraine's Black Sea export hubs.
¶"The enemy struck port infrastructure with an Iskander-M missile. A grain terminal and two foreign-flagged vessels were damaged," Governor Oleh Kiper wrote on Telegram.
¶Among the dead were port workers and a truck driver, Kiper said.
¶Overall, Russia launched three Iskander-M ballistic missiles and 47 Shahed-type drones at Ukraine overnight and on Saturday morning, Ukraine's air force said, adding that it had shot down 35 drones. Eight more drones did not reach their targets because of electronic countermeasures.
Advertisement
¶In the neighbouring Mykolaiv region, a drone hit a private enterprise in the city of Mykolaiv, starting a fire, governor Vitaliy Kim said. No one was hurt.
¶Ukraine's navy said Russia had attacked ports in the Odesa region more than 20 times since the start of the year, damaging 12 civilian vessels.
¶Russia's defence ministry said it had carried out "a group strike with high-precision weapons" on port infrastructure in Odessa used by Ukraine's armed forces, and that all targets had been hit.
¶The ministry also said air defences had shot down 11 Ukrainian drones over the Black Sea and the Crimean peninsula.
bur-jv/ach
Copyright 2025 AFP. All rights reserved.
Advertisement
Most Popular News
The Fed Holds Rates Steady. What Powell Said.
Gold Hits Record as Tariff Fears Rattle Markets
"""

GOV = ("the regional governor", "Oleh Kiper", "UA")
KIPER = ("Governor Oleh Kiper", "Oleh Kiper", "UA")
AF = ("Ukraine's air force", "Ukrainian Air Force", "UA")
KIM = ("governor Vitaliy Kim", "Vitaliy Kim", "UA")
NAVY = ("Ukraine's navy", "Ukrainian Navy", "UA")
RUMOD = ("Russia's defence ministry", "Russian Ministry of Defence", "RU")
RUMOD2 = ("The ministry", "Russian Ministry of Defence", "RU")

PORT = P("the port of Odessa", "Port of Odesa", "UA", "UA-51", "point")
SAT_AM = T("on Saturday morning", f"{PUB}T00:00", f"{PUB}T12:00", "part_of_day")
EV1 = ("A Russian ballistic missile strike on the port of Odessa killed five people and wounded 14 on Saturday morning, the regional "
       "governor said, as Moscow kept up its campaign against Ukraine's Black Sea export hubs.")
EV2 = ("\"The enemy struck port infrastructure with an Iskander-M missile. A grain terminal and two foreign-flagged vessels were "
       "damaged,\" Governor Oleh Kiper wrote on Telegram.")
EV_AF = ("Overall, Russia launched three Iskander-M ballistic missiles and 47 Shahed-type drones at Ukraine overnight and on Saturday "
         "morning, Ukraine's air force said, adding that it had shot down 35 drones. Eight more drones did not reach their targets "
         "because of electronic countermeasures.")
NIGHT_AM = T("overnight and on Saturday morning", "2025-01-31T18:00", f"{PUB}T12:00", "part_of_day")
EV_KIM = ("In the neighbouring Mykolaiv region, a drone hit a private enterprise in the city of Mykolaiv, starting a fire, governor "
          "Vitaliy Kim said.")
MYK = P("the city of Mykolaiv", "Mykolaiv", "UA", "UA-48", "settlement")
EV_NAVY = ("Ukraine's navy said Russia had attacked ports in the Odesa region more than 20 times since the start of the year, "
           "damaging 12 civilian vessels.")
ODESA_REG = P("the Odesa region", "Odesa Oblast", "UA", "UA-51", "region")
SINCE_JAN = T("since the start of the year", "2025-01-01", PUB, "year")
EV_RU2 = "The ministry also said air defences had shot down 11 Ukrainian drones over the Black Sea and the Crimean peninsula."

CLAIMS = [
    C("strike", GOV, EV1, actor="RU", target="UA", weapon="missile", place=PORT, time=SAT_AM),
    C("casualties", GOV, EV1, actor="RU", target="UA", q=[Q("killed", "person", 5), Q("injured", "person", 14)], weapon="missile",
      place=PORT, time=SAT_AM),
    C("infrastructure_damage", KIPER, EV2, actor="RU", target="UA", q=[Q("other", "other", 2)], weapon="missile", place=PORT,
      time=SAT_AM),
    C("strike", AF, EV_AF, actor="RU", target="UA", q=[Q("launched", "missile", 3), Q("launched", "drone", 47)], weapon="mixed",
      place=UKRAINE(), time=NIGHT_AM),
    C("interception", AF, EV_AF, actor="UA", target="RU", q=[Q("intercepted", "drone", 35), Q("intercepted", "drone", 8)],
      weapon="drone", place=UKRAINE(), time=NIGHT_AM),
    C("strike", KIM, EV_KIM, actor="RU", target="UA", weapon="drone", place=MYK, time=NIGHT_AM),
    C("infrastructure_damage", KIM, EV_KIM, actor="RU", target="UA", weapon="drone", place=MYK, time=NIGHT_AM),
    C("casualties", KIM, EV_KIM + " No one was hurt.", actor="RU", target="UA", weapon="drone", place=MYK, time=NIGHT_AM,
      modality="negated"),
    C("strike", NAVY, EV_NAVY, actor="RU", target="UA", q=[Q("other", "other", 20, "at_least")], weapon="unknown",
      place=ODESA_REG, time=SINCE_JAN),
    C("infrastructure_damage", NAVY, EV_NAVY, actor="RU", target="UA", q=[Q("other", "other", 12)], weapon="unknown",
      place=ODESA_REG, time=SINCE_JAN),
    C("strike", RUMOD,
      "Russia's defence ministry said it had carried out \"a group strike with high-precision weapons\" on port infrastructure in Odessa used by Ukraine's armed forces, and that all targets had been hit.",
      actor="RU", target="UA", weapon="unknown", place=P("Odessa", "Odesa", "UA", "UA-51", "settlement"), time=SAT_AM),
    C("interception", RUMOD2, EV_RU2, actor="RU", target="UA", q=[Q("intercepted", "drone", 11)], weapon="drone",
      place=P("the Black Sea", "Black Sea", None, None, "region"), time=NIGHT_AM),
    C("interception", RUMOD2, EV_RU2, actor="RU", target="UA", q=[Q("intercepted", "drone", 11)], weapon="drone",
      place=P("the Crimean peninsula", "Crimea", "UA", "UA-43", "region"), time=NIGHT_AM),
]

AIRWATCH = [("launched", "missile", 3), ("launched", "drone", 47), ("intercepted", "drone", 35), ("intercepted", "drone", 8)]
