# Short 2022 news item on Shahed attacks and energy strikes (Air Force figures, presidential office, Kyiv mayor).
from _lab import *

PUB = "2022-10-18"
META = {"id": "own22", "url": "https://english.nv.example/ukraine/air-defense-shoots-down-37-of-43-shahed-drones-overnight-50278031.html",
        "retrieved_at": "2022-10-18T16:05:44+00:00"}
TITLE = "Air defense shoots down 37 of 43 Shahed drones overnight"
PUBLISHED = PUB
BYLINE = None

TEXT = """
NV
Ukraine's independent news
Ukraine
World
Business
Opinion
Support NV
Air defense shoots down 37 of 43 Shahed drones overnight
18 October 2022, 12:14
Photo: Kyiv City State Administration
¶Russian troops launched 43 Iranian-made Shahed-136 kamikaze drones at Ukraine overnight and on the morning of Oct. 18, of which 37 were destroyed, the Air Force of Ukraine reported.
¶The Air Force also said Russia had fired three Kh-101 cruise missiles from Tu-95 strategic bombers over the Caspian Sea; two of them were shot down.
¶Strikes on energy facilities in Kyiv, Zhytomyr and Dnipro cut power to hundreds of settlements, Deputy Head of the Presidential Office Kyrylo Tymoshenko said.
Read also: How Ukraine's power grid is coping with Russian strikes
¶In Kyiv, a drone hit a residential building in the Shevchenkivskyi district, Mayor Vitali Klitschko said. Rescuers were searching the rubble for survivors.
¶President Volodymyr Zelensky said on Telegram that Russia had destroyed 30% of Ukraine's power stations since Oct. 10.
Subscribe to NV's weekly newsletter
Latest news
Zelensky: Iran's regime is complicit in the war
Ukraine's economy to shrink by a third this year, World Bank says
"""

AF = ("the Air Force of Ukraine", "Ukrainian Air Force", "UA")
AF2 = ("The Air Force", "Ukrainian Air Force", "UA")
TYM = ("Deputy Head of the Presidential Office Kyrylo Tymoshenko", "Kyrylo Tymoshenko", "UA")
KLI = ("Mayor Vitali Klitschko", "Vitali Klitschko", "UA")
ZEL = ("President Volodymyr Zelensky", "Volodymyr Zelenskyy", "UA")

NIGHT_AM = T("overnight and on the morning of Oct. 18", "2022-10-17T18:00", "2022-10-18T12:00", "part_of_day")
EV1 = ("Russian troops launched 43 Iranian-made Shahed-136 kamikaze drones at Ukraine overnight and on the morning of Oct. 18, of "
       "which 37 were destroyed, the Air Force of Ukraine reported.")
EV2 = ("The Air Force also said Russia had fired three Kh-101 cruise missiles from Tu-95 strategic bombers over the Caspian Sea; "
       "two of them were shot down.")
EV_TYM = ("Strikes on energy facilities in Kyiv, Zhytomyr and Dnipro cut power to hundreds of settlements, Deputy Head of the "
          "Presidential Office Kyrylo Tymoshenko said.")
CITIES = [("Kyiv", "UA-30"), ("Zhytomyr", "UA-18"), ("Dnipro", "UA-12")]
EV_KLI = "In Kyiv, a drone hit a residential building in the Shevchenkivskyi district, Mayor Vitali Klitschko said."
SHEV = P("the Shevchenkivskyi district", "Shevchenkivskyi district, Kyiv", "UA", "UA-30", "district")
EV_ZEL = "President Volodymyr Zelensky said on Telegram that Russia had destroyed 30% of Ukraine's power stations since Oct. 10."
SINCE10 = T("since Oct. 10", "2022-10-10", PUB, "day")

CLAIMS = [
    C("strike", AF, EV1 + "\n" + EV2, actor="RU", target="UA", q=[Q("launched", "drone", 43), Q("launched", "missile", 3)],
      weapon="mixed", place=UKRAINE(), time=NIGHT_AM),
    C("interception", AF, EV1 + "\n" + EV2, actor="UA", target="RU",
      q=[Q("intercepted", "drone", 37), Q("intercepted", "missile", 2)], weapon="mixed", place=UKRAINE(), time=NIGHT_AM),
]
for city, code in CITIES:
    pl = P(city, city, "UA", code, "settlement")
    CLAIMS += [
        C("strike", TYM, EV_TYM, actor="RU", target="UA", weapon="unknown", place=pl, time=NIGHT_AM),
        C("infrastructure_damage", TYM, EV_TYM, actor="RU", target="UA", weapon="unknown", place=pl, time=NIGHT_AM),
    ]
CLAIMS += [
    C("strike", KLI, EV_KLI, actor="RU", target="UA", weapon="drone", place=SHEV, time=NIGHT_AM),
    C("infrastructure_damage", KLI, EV_KLI + " Rescuers were searching the rubble for survivors.", actor="RU", target="UA",
      weapon="drone", place=SHEV, time=NIGHT_AM),
    C("strike", ZEL, EV_ZEL, actor="RU", target="UA", weapon="mixed", place=UKRAINE("Ukraine's power stations"), time=SINCE10),
    C("infrastructure_damage", ZEL, EV_ZEL, actor="RU", target="UA", q=[Q("other", "other", 30)], weapon="mixed",
      place=UKRAINE("Ukraine's power stations"), time=SINCE10),
]

AIRWATCH = [("launched", "drone", 43), ("intercepted", "drone", 37), ("launched", "missile", 3)]
