# Live blog with timestamped entries: the night's attack, Kyiv and Zaporizhzhia, Russian MoD, a prisoner swap.
from _lab import *

PUB = "2025-10-23"
META = {"id": "own04", "url": "https://www.theguardian.example/world/live/2025/oct/23/russia-ukraine-war-live-kyiv-drones-missiles",
        "published": "2025-10-23T06:40:00+00:00"}
TITLE = "Russia-Ukraine war live: two killed in Kyiv as Russia fires 273 drones and eight missiles overnight"
PUBLISHED = PUB
BYLINE = "Hannah Pell"

TEXT = """
Skip to main contentSkip to navigation
Print subscriptions
Sign in
News
Opinion
Sport
Culture
Lifestyle
World
Europe
Ukraine
Russia-Ukraine war live: two killed in Kyiv as Russia fires 273 drones and eight missiles overnight
Prisoner exchange returns 185 Ukrainian soldiers and 20 civilians; EU adopts new sanctions package
Hannah Pell
Thu 23 Oct 2025 07.40 BST
First published on Thu 23 Oct 2025 07.40 BST
Key events
2h ago
Ukraine and Russia carry out prisoner exchange
5h ago
Two killed, 17 injured in Kyiv
Show key events only
Please turn on JavaScript to use this feature
Live feed
2h ago
13.58 BST
¶Ukraine and Russia have carried out a prisoner exchange, returning 185 Ukrainian soldiers and 20 civilians home, Volodymyr Zelenskyy said on Telegram.
¶Russia’s defence ministry said 185 Russian servicemen had been returned from territory controlled by Kyiv in exchange.
¶The swap was mediated by the United Arab Emirates, the UAE foreign ministry said in a statement.
Share
3h ago
12.31 BST
¶The EU has formally adopted its 19th package of sanctions against Russia, which targets liquefied natural gas imports and more tankers in Moscow’s so-called shadow fleet.
Share
4h ago
11.15 BST
¶A Russian strike on Zaporizhzhia this morning injured five people and damaged a high-rise building and a petrol station, regional governor Ivan Fedorov said. Among the injured is a 14-year-old girl, he added.
Share
Updated at 11.24 BST
5h ago
10.02 BST
¶Kyiv’s mayor, Vitali Klitschko, said two people were killed and 17 injured in the capital overnight after debris from a downed drone fell on a residential building in the Darnytskyi district.
¶Fires also broke out in the Holosiivskyi and Solomianskyi districts, he added.
Share
6h ago
08.47 BST
¶Russia launched 273 drones and eight cruise missiles at Ukraine overnight, the Ukrainian air force has said. Air defences shot down or suppressed 251 drones and six missiles, it said.
¶The main targets were energy facilities in the Chernihiv and Poltava regions, according to the air force.
Share
7h ago
07.58 BST
¶Russia’s defence ministry says its air defences intercepted and destroyed 38 Ukrainian UAVs over the Belgorod, Kursk, Oryol and Bryansk regions overnight.
¶In Bryansk, regional governor Alexander Bogomaz said a drone attack had cut power to parts of the town of Klintsy.
Share
7h ago
07.40 BST
¶Good morning and welcome to our live coverage of Russia’s war in Ukraine. I’m Hannah Pell and I’ll be bringing you the latest throughout the day.
Share
Topics
Ukraine
Russia
Europe
Reuse this content
Most viewed
Storm Benjamin: flights cancelled as winds of up to 90mph hit France
The best autumn walks in Britain, chosen by readers
"""

ZEL = ("Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UA")
RUMOD = ("Russia’s defence ministry", "Russian Ministry of Defence", "RU")
UAE = ("the UAE foreign ministry", "Ministry of Foreign Affairs of the United Arab Emirates", "third_party")
FED = ("regional governor Ivan Fedorov", "Ivan Fedorov", "UA")
KLI = ("Kyiv’s mayor, Vitali Klitschko", "Vitali Klitschko", "UA")
KLI2 = ("he", "Vitali Klitschko", "UA")
AF = ("the Ukrainian air force", "Ukrainian Air Force", "UA")
AF2 = ("the air force", "Ukrainian Air Force", "UA")
BOG = ("regional governor Alexander Bogomaz", "Alexander Bogomaz", "RU")

NIGHT = night("overnight", PUB)
MORNING = T("this morning", f"{PUB}T00:00", f"{PUB}T12:00", "part_of_day")
ZAP = P("Zaporizhzhia", "Zaporizhzhia", "UA", "UA-23", "settlement")
EV_ZAP = ("A Russian strike on Zaporizhzhia this morning injured five people and damaged a high-rise building and a petrol station, "
          "regional governor Ivan Fedorov said.")
EV_KLI = ("Kyiv’s mayor, Vitali Klitschko, said two people were killed and 17 injured in the capital overnight after debris from a "
          "downed drone fell on a residential building in the Darnytskyi district.")
KYIV = P("the capital", "Kyiv", "UA", "UA-30", "settlement")
EV_AF = ("Russia launched 273 drones and eight cruise missiles at Ukraine overnight, the Ukrainian air force has said. "
         "Air defences shot down or suppressed 251 drones and six missiles, it said.")
EV_AF2 = "The main targets were energy facilities in the Chernihiv and Poltava regions, according to the air force."
EV_RU = ("Russia’s defence ministry says its air defences intercepted and destroyed 38 Ukrainian UAVs over the Belgorod, Kursk, "
         "Oryol and Bryansk regions overnight.")
RU_REG = "the Belgorod, Kursk, Oryol and Bryansk regions"
EV_BOG = "In Bryansk, regional governor Alexander Bogomaz said a drone attack had cut power to parts of the town of Klintsy."
KLINTSY = P("the town of Klintsy", "Klintsy", "RU", "RU-BRY", "settlement")

CLAIMS = [
    C("prisoner_exchange", ZEL,
      "Ukraine and Russia have carried out a prisoner exchange, returning 185 Ukrainian soldiers and 20 civilians home, Volodymyr Zelenskyy said on Telegram.",
      q=[Q("released", "person", 185, category="prisoner"), Q("released", "person", 20, category="civilian")],
      time=T(None, PUB, PUB, "day")),
    C("prisoner_exchange", RUMOD,
      "Russia’s defence ministry said 185 Russian servicemen had been returned from territory controlled by Kyiv in exchange.",
      q=[Q("released", "person", 185, category="prisoner")], time=T(None, PUB, PUB, "day")),
    C("prisoner_exchange", UAE, "The swap was mediated by the United Arab Emirates, the UAE foreign ministry said in a statement.",
      actor="third_party", time=T(None, PUB, PUB, "day")),
    C("strike", FED, EV_ZAP, actor="RU", target="UA", weapon="unknown", place=ZAP, time=MORNING),
    C("casualties", FED, EV_ZAP + " Among the injured is a 14-year-old girl, he added.", actor="RU", target="UA",
      q=[Q("injured", "person", 5)], weapon="unknown", place=ZAP, time=MORNING),
    C("infrastructure_damage", FED, EV_ZAP, actor="RU", target="UA", weapon="unknown", place=ZAP, time=MORNING),
    C("strike", KLI, EV_KLI, actor="RU", target="UA", weapon="drone", place=KYIV, time=NIGHT),
    C("casualties", KLI, EV_KLI, actor="RU", target="UA", q=[Q("killed", "person", 2), Q("injured", "person", 17)],
      weapon="drone", place=KYIV, time=NIGHT),
    C("infrastructure_damage", KLI, EV_KLI, actor="RU", target="UA", weapon="drone",
      place=P("the Darnytskyi district", "Darnytskyi district, Kyiv", "UA", "UA-30", "district"), time=NIGHT),
    C("infrastructure_damage", KLI2, "Fires also broke out in the Holosiivskyi and Solomianskyi districts, he added.",
      actor="RU", target="UA", weapon="drone",
      place=P("the Holosiivskyi and Solomianskyi districts", "Holosiivskyi district, Kyiv", "UA", "UA-30", "district"), time=NIGHT),
    C("infrastructure_damage", KLI2, "Fires also broke out in the Holosiivskyi and Solomianskyi districts, he added.",
      actor="RU", target="UA", weapon="drone",
      place=P("the Holosiivskyi and Solomianskyi districts", "Solomianskyi district, Kyiv", "UA", "UA-30", "district"), time=NIGHT),
    C("strike", AF, EV_AF, actor="RU", target="UA", q=[Q("launched", "drone", 273), Q("launched", "missile", 8)],
      weapon="mixed", place=UKRAINE(), time=NIGHT),
    C("interception", AF, EV_AF, actor="UA", target="RU", q=[Q("intercepted", "drone", 251), Q("intercepted", "missile", 6)],
      weapon="mixed", place=UKRAINE(), time=NIGHT),
    C("strike", AF2, EV_AF2, actor="RU", target="UA", weapon="mixed",
      place=P("the Chernihiv and Poltava regions", "Chernihiv Oblast", "UA", "UA-74", "region"), time=NIGHT),
    C("strike", AF2, EV_AF2, actor="RU", target="UA", weapon="mixed",
      place=P("the Chernihiv and Poltava regions", "Poltava Oblast", "UA", "UA-53", "region"), time=NIGHT),
] + [
    C("interception", RUMOD, EV_RU, actor="RU", target="UA", q=[Q("intercepted", "drone", 38)], weapon="drone",
      place=P(RU_REG, name, "RU", code, "region"), time=NIGHT)
    for name, code in [("Belgorod Oblast", "RU-BEL"), ("Kursk Oblast", "RU-KRS"), ("Oryol Oblast", "RU-ORL"), ("Bryansk Oblast", "RU-BRY")]
] + [
    C("strike", BOG, EV_BOG, actor="UA", target="RU", weapon="drone", place=KLINTSY, time=NIGHT),
    C("infrastructure_damage", BOG, EV_BOG, actor="UA", target="RU", weapon="drone", place=KLINTSY, time=NIGHT),
]

AIRWATCH = [("launched", "drone", 273), ("launched", "missile", 8), ("intercepted", "drone", 251), ("intercepted", "missile", 6)]
