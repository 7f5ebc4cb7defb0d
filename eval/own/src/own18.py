# Kyiv Post-style report on strikes in occupied Crimea and Sevastopol: occupation officials, Russian MoD, Ukrainian General Staff.
from _lab import *

PUB = "2024-05-17"
META = {"id": "own18", "url": "https://www.kyivpost.example/post/33104",
        "retrieved_at": "2024-05-17T18:30:00+00:00"}
TITLE = "Drones and Missiles Target Crimea: Sevastopol Substation Hit, Saky Airfield Struck"
PUBLISHED = PUB
BYLINE = "Dmytro Kolesnyk"

TEXT = """
Kyiv Post
Ukraine's Global Voice
Latest
War in Ukraine
Ukraine Politics
Business
Opinion
Subscribe
Drones and Missiles Target Crimea: Sevastopol Substation Hit, Saky Airfield Struck
Dmytro Kolesnyk
May 17, 2024
Post Views: 1,204
Smoke rises over Sevastopol in a screenshot from a video posted on social media.
¶Sevastopol's Russian-installed governor, Mikhail Razvozhayev, said air defenses repelled a massive drone and missile attack on the city overnight, shooting down 12 drones and six ATACMS missiles.
¶Debris damaged a power substation, leaving parts of the city's Balaklava district without electricity, and a 62-year-old man was injured, he said.
¶Ukraine's General Staff said its forces had struck the Saky military airfield in western Crimea, destroying two Su-24 bombers and a radar station. The claim could not be independently verified.
¶Russia's Defense Ministry said air defenses had destroyed 29 drones over Crimea and 11 over the Black Sea overnight, as well as six ATACMS missiles.
¶In Crimea's Dzhankoi district, the Russian-appointed head of Crimea, Sergei Aksyonov, said a fuel depot caught fire after a drone attack, but no one was injured.
¶Ukraine's navy spokesman Dmytro Pletenchuk said on Friday that Russia had moved most of its Black Sea Fleet warships from Sevastopol to Novorossiysk after repeated Ukrainian strikes.
¶Crimea, which Russia occupied and annexed in 2014, is a key logistics hub for Russian forces in southern Ukraine.
Join our Telegram channel
Related
Zelensky Signs Mobilization Law
Kharkiv Under Fire: What We Know
Kyiv Post © 2024
"""

RAZ = ("Sevastopol's Russian-installed governor, Mikhail Razvozhayev", "Mikhail Razvozhayev", "RU")
RAZ2 = ("he", "Mikhail Razvozhayev", "RU")
GS = ("Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "UA")
RUMOD = ("Russia's Defense Ministry", "Russian Ministry of Defence", "RU")
AKS = ("the Russian-appointed head of Crimea, Sergei Aksyonov", "Sergei Aksyonov", "RU")
PLET = ("Ukraine's navy spokesman Dmytro Pletenchuk", "Dmytro Pletenchuk", "UA")

NIGHT = night("overnight", PUB)
SEV = P("the city", "Sevastopol", "UA", "UA-40", "settlement")
EV1 = ("Sevastopol's Russian-installed governor, Mikhail Razvozhayev, said air defenses repelled a massive drone and missile attack "
       "on the city overnight, shooting down 12 drones and six ATACMS missiles.")
EV2 = ("Debris damaged a power substation, leaving parts of the city's Balaklava district without electricity, and a 62-year-old man "
       "was injured, he said.")
BAL = P("the city's Balaklava district", "Balaklava district, Sevastopol", "UA", "UA-40", "district")
EV_GS = ("Ukraine's General Staff said its forces had struck the Saky military airfield in western Crimea, destroying two Su-24 "
         "bombers and a radar station. The claim could not be independently verified.")
SAKY = P("the Saky military airfield in western Crimea", "Saky air base", "UA", "UA-43", "point")
EV_RU = ("Russia's Defense Ministry said air defenses had destroyed 29 drones over Crimea and 11 over the Black Sea overnight, as "
         "well as six ATACMS missiles.")
EV_AKS = ("In Crimea's Dzhankoi district, the Russian-appointed head of Crimea, Sergei Aksyonov, said a fuel depot caught fire after a "
          "drone attack, but no one was injured.")
DZH = P("Crimea's Dzhankoi district", "Dzhankoi Raion", "UA", "UA-43", "district")

CLAIMS = [
    C("strike", RAZ, EV1, actor="UA", target="RU", weapon="mixed", place=SEV, time=NIGHT),
    C("interception", RAZ, EV1, actor="RU", target="UA", q=[Q("intercepted", "drone", 12), Q("intercepted", "missile", 6)],
      weapon="mixed", place=SEV, time=NIGHT),
    C("infrastructure_damage", RAZ2, EV2, actor="UA", target="RU", weapon="mixed", place=BAL, time=NIGHT),
    C("casualties", RAZ2, EV2, actor="UA", target="RU", weapon="mixed", place=BAL, time=NIGHT),
    C("strike", GS, EV_GS, actor="UA", target="RU", q=[Q("destroyed", "aircraft", 2), Q("destroyed", "other", 1)],
      weapon="unknown", place=SAKY, status="unconfirmed"),
    C("interception", RUMOD, EV_RU, actor="RU", target="UA", q=[Q("intercepted", "drone", 29)], weapon="drone",
      place=P("Crimea", "Crimea", "UA", "UA-43", "region"), time=NIGHT),
    C("interception", RUMOD, EV_RU, actor="RU", target="UA", q=[Q("intercepted", "drone", 11)], weapon="drone",
      place=P("the Black Sea", "Black Sea", None, None, "region"), time=NIGHT),
    C("interception", RUMOD, EV_RU, actor="RU", target="UA", q=[Q("intercepted", "missile", 6)], weapon="missile",
      place=None, time=NIGHT),
    C("strike", AKS, EV_AKS, actor="UA", target="RU", weapon="drone", place=DZH),
    C("infrastructure_damage", AKS, EV_AKS, actor="UA", target="RU", weapon="drone", place=DZH),
    C("casualties", AKS, EV_AKS, actor="UA", target="RU", weapon="drone", place=DZH, modality="negated"),
    C("mobilization", PLET,
      "Ukraine's navy spokesman Dmytro Pletenchuk said on Friday that Russia had moved most of its Black Sea Fleet warships from Sevastopol to Novorossiysk after repeated Ukrainian strikes.",
      actor="RU", place=P("Novorossiysk", "Novorossiysk", "RU", "RU-KDA", "settlement")),
]

AIRWATCH = None
