# Reuters-style short dispatch: the nightly air attack, regional damage, Russian interception claims.
from _lab import *

PUB = "2026-03-08"
META = {"id": "own02", "url": "https://reuters.example/world/europe/russia-hits-ukraine-with-112-drones-four-missiles-2026-03-08/",
        "retrieved_at": "2026-03-09T06:40:19+00:00"}
TITLE = "Russia hits Ukraine with 112 drones, four missiles overnight, air force says"
PUBLISHED = PUB
BYLINE = None

TEXT = """
Exclusive news, data and analytics for financial market professionalsLearn more about Refinitiv
Russia hits Ukraine with 112 drones, four missiles overnight, air force says
By Reuters
March 8, 20269:52 AM GMT+1Updated 2 hours ago
¶KYIV, March 8 (Reuters) - Russia launched 112 drones and four Iskander-M ballistic missiles at Ukraine overnight, Ukraine's air force said on Sunday, adding that 93 drones had been shot down or suppressed by electronic warfare.
¶The air force said on the Telegram messaging app that two of the missiles and 15 drones hit targets at nine locations, while debris from downed drones fell on four others.
The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.
¶In the Kyiv region, a drone hit a warehouse in the Bucha district, starting a fire that took rescuers more than four hours to put out, Governor Mykola Kalashnyk said. No one was injured.
¶In the southern city of Odesa, Russian drones damaged port infrastructure and a grain storage facility, regional Governor Oleh Kiper said. Two port workers were injured, he said.
¶Russia's Defence Ministry said its air defence units had destroyed 46 Ukrainian drones over several regions overnight, including 17 over the Bryansk region and 12 over the Moscow region.
¶Moscow Mayor Sergei Sobyanin said air defences had shot down three drones flying towards the capital.
¶Both sides deny targeting civilians in the war, which Russia launched with its full-scale invasion of its neighbour in February 2022.
Reporting by Anna Pruchnicka and Olena Harmash; Editing by Gareth Jones
Our Standards: The Thomson Reuters Trust Principles., opens new tab
Suggested Topics:
Europe
Ukraine
Russia
Read Next
World
Japan's exports rise for third month as chip demand holds up
6:05 AM GMT+1
Business
Oil steadies as traders weigh OPEC+ output plans
5:47 AM GMT+1
"""

AF = ("Ukraine's air force", "Ukrainian Air Force", "UA")
AF2 = ("The air force", "Ukrainian Air Force", "UA")
KAL = ("Governor Mykola Kalashnyk", "Mykola Kalashnyk", "UA")
KIPER = ("regional Governor Oleh Kiper", "Oleh Kiper", "UA")
KIPER2 = ("he", "Oleh Kiper", "UA")
RUMOD = ("Russia's Defence Ministry", "Russian Ministry of Defence", "RU")
SOBY = ("Moscow Mayor Sergei Sobyanin", "Sergei Sobyanin", "RU")

NIGHT = night("overnight", PUB)
EV_AF = ("Russia launched 112 drones and four Iskander-M ballistic missiles at Ukraine overnight, Ukraine's air force said on Sunday, "
         "adding that 93 drones had been shot down or suppressed by electronic warfare.")
EV_AF2 = ("The air force said on the Telegram messaging app that two of the missiles and 15 drones hit targets at nine locations, "
          "while debris from downed drones fell on four others.")
EV_KAL = ("In the Kyiv region, a drone hit a warehouse in the Bucha district, starting a fire that took rescuers more than four hours "
          "to put out, Governor Mykola Kalashnyk said.")
BUCHA = P("the Bucha district", "Bucha Raion", "UA", "UA-32", "district")
EV_KIP = ("In the southern city of Odesa, Russian drones damaged port infrastructure and a grain storage facility, regional "
          "Governor Oleh Kiper said.")
ODESA = P("the southern city of Odesa", "Odesa", "UA", "UA-51", "settlement")
EV_RU = ("Russia's Defence Ministry said its air defence units had destroyed 46 Ukrainian drones over several regions overnight, "
         "including 17 over the Bryansk region and 12 over the Moscow region.")

CLAIMS = [
    C("strike", AF, EV_AF + "\n" + EV_AF2, actor="RU", target="UA",
      q=[Q("launched", "drone", 112), Q("launched", "missile", 4), Q("hit", "missile", 2), Q("hit", "drone", 15),
         Q("hit", "location", 9), Q("other", "location", 4)],
      weapon="mixed", place=UKRAINE(), time=NIGHT),
    C("interception", AF, EV_AF, actor="UA", target="RU", q=[Q("intercepted", "drone", 93)], weapon="drone",
      place=UKRAINE(), time=NIGHT),
    C("strike", KAL, EV_KAL, actor="RU", target="UA", weapon="drone", place=BUCHA, time=NIGHT),
    C("infrastructure_damage", KAL, EV_KAL, actor="RU", target="UA", weapon="drone", place=BUCHA, time=NIGHT),
    C("casualties", KAL, EV_KAL + " No one was injured.", actor="RU", target="UA", weapon="drone", place=BUCHA,
      time=NIGHT, modality="negated"),
    C("strike", KIPER, EV_KIP, actor="RU", target="UA", weapon="drone", place=ODESA, time=NIGHT),
    C("infrastructure_damage", KIPER, EV_KIP, actor="RU", target="UA", weapon="drone", place=ODESA, time=NIGHT),
    C("casualties", KIPER2, EV_KIP + " Two port workers were injured, he said.", actor="RU", target="UA",
      q=[Q("injured", "person", 2)], weapon="drone", place=ODESA, time=NIGHT),
    C("interception", RUMOD, EV_RU, actor="RU", target="UA", q=[Q("intercepted", "drone", 46)], weapon="drone",
      place=None, time=NIGHT),
    C("interception", RUMOD, EV_RU, actor="RU", target="UA", q=[Q("intercepted", "drone", 17)], weapon="drone",
      place=P("the Bryansk region", "Bryansk Oblast", "RU", "RU-BRY", "region"), time=NIGHT),
    C("interception", RUMOD, EV_RU, actor="RU", target="UA", q=[Q("intercepted", "drone", 12)], weapon="drone",
      place=P("the Moscow region", "Moscow Oblast", "RU", "RU-MOS", "region"), time=NIGHT),
    C("interception", SOBY,
      "Moscow Mayor Sergei Sobyanin said air defences had shot down three drones flying towards the capital.",
      actor="RU", target="UA", q=[Q("intercepted", "drone", 3)], weapon="drone",
      place=P("the capital", "Moscow", "RU", "RU-MOW", "settlement"), time=NIGHT),
]

AIRWATCH = [("launched", "drone", 112), ("launched", "missile", 4), ("intercepted", "drone", 93)]
