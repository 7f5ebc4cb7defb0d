# Regional roundup of governors' Telegram posts (casualties, damage, shelling counts) with the Air Force's nightly figures.
from _lab import *

PUB = "2024-09-12"
META = {"id": "own09", "url": "https://www.pravda.example/eng/news/2024/09/12/7475311/",
        "retrieved_at": "2024-09-13T05:02:44+00:00"}
TITLE = "Russian attacks kill 6, injure 31 across Ukraine over past day"
PUBLISHED = PUB
BYLINE = "Oksana Hrytsenko"

TEXT = """
Ukrainska Pravda
News
Articles
Opinions
Economics
Life
Support us
UA
RU
EN
Russian attacks kill 6, injure 31 across Ukraine over past day
Oksana Hrytsenko — Thursday, 12 September 2024, 10:17
Rescuers at the site of an attack in Kherson. Photo: State Emergency Service
¶Russian attacks killed at least six civilians and injured 31 others across Ukraine over the past day, regional authorities reported on 12 September.
¶Russia launched 64 Shahed-type drones and four Kh-59 guided missiles at Ukraine overnight, the Air Force said. Of these, 44 drones and two missiles were shot down.
Advertisement:
¶In Donetsk Oblast, Russian attacks killed three people in Selydove and Kurakhove and injured nine, Governor Vadym Filashkin said.
¶A Russian guided bomb struck a residential area in Kharkiv's Kyivskyi district in the evening, injuring 12 people, Governor Oleh Syniehubov reported. Earlier, two people were killed in a drone attack on Zolochiv in Kharkiv Oblast.
¶In Kherson Oblast, Russian forces shelled 28 settlements, including Kherson city, killing one person and injuring 10, Governor Oleksandr Prokudin said. A high-rise building and 14 private houses were damaged.
¶Russian forces attacked seven settlements in Zaporizhzhia Oblast 384 times over the past day, Governor Ivan Fedorov said. There were no casualties.
¶In Sumy Oblast, Russian troops shelled the border communities of Krasnopillia, Bilopillia and Velyka Pysarivka, firing 73 times, the regional military administration said. One person was injured in Velyka Pysarivka.
¶In Dnipropetrovsk Oblast, Russian artillery hit Nikopol and Marhanets, injuring two people and damaging a gas pipeline and power lines, Governor Serhii Lysak said.
Support Ukrainska Pravda on Patreon!
Subscribe to our Telegram channel
Other news
Ukraine's parliament approves new head of National Bank supervisory board
Heavy rain expected in western Ukraine on Friday
Ukrainska Pravda is the place where you will find the most important news. Use of materials is permitted only with a hyperlink to Ukrainska Pravda.
"""

AUTH = ("regional authorities", "Ukrainian regional authorities", "UA")
AF = ("the Air Force", "Ukrainian Air Force", "UA")
FIL = ("Governor Vadym Filashkin", "Vadym Filashkin", "UA")
SYN = ("Governor Oleh Syniehubov", "Oleh Syniehubov", "UA")
SYN_IMPL = (None, "Oleh Syniehubov", "UA")
PRO = ("Governor Oleksandr Prokudin", "Oleksandr Prokudin", "UA")
FED = ("Governor Ivan Fedorov", "Ivan Fedorov", "UA")
SUMY = ("the regional military administration", "Sumy Regional Military Administration", "UA")
LYS = ("Governor Serhii Lysak", "Serhii Lysak", "UA")

PAST_DAY = T("over the past day", "2024-09-11", "2024-09-12", "day")
NIGHT = night("overnight", PUB)
EVENING = T("in the evening", "2024-09-11T18:00", "2024-09-11T23:59", "part_of_day")
EV_AF = ("Russia launched 64 Shahed-type drones and four Kh-59 guided missiles at Ukraine overnight, the Air Force said. "
         "Of these, 44 drones and two missiles were shot down.")
EV_DON = "In Donetsk Oblast, Russian attacks killed three people in Selydove and Kurakhove and injured nine, Governor Vadym Filashkin said."
DON_PLACES = [P("Selydove", "Selydove", "UA", "UA-14", "settlement"), P("Kurakhove", "Kurakhove", "UA", "UA-14", "settlement")]
EV_KH1 = ("A Russian guided bomb struck a residential area in Kharkiv's Kyivskyi district in the evening, injuring 12 people, "
          "Governor Oleh Syniehubov reported.")
KH = P("Kharkiv's Kyivskyi district", "Kyivskyi district, Kharkiv", "UA", "UA-63", "district")
EV_KH2 = "Earlier, two people were killed in a drone attack on Zolochiv in Kharkiv Oblast."
ZOL = P("Zolochiv in Kharkiv Oblast", "Zolochiv", "UA", "UA-63", "settlement")
EV_KHE = ("In Kherson Oblast, Russian forces shelled 28 settlements, including Kherson city, killing one person and injuring 10, "
          "Governor Oleksandr Prokudin said.")
KHE_REG = P("Kherson Oblast", "Kherson Oblast", "UA", "UA-65", "region")
KHE_CITY = P("Kherson city", "Kherson", "UA", "UA-65", "settlement")
EV_ZAP = "Russian forces attacked seven settlements in Zaporizhzhia Oblast 384 times over the past day, Governor Ivan Fedorov said."
ZAP_REG = P("Zaporizhzhia Oblast", "Zaporizhzhia Oblast", "UA", "UA-23", "region")
EV_SUMY = ("In Sumy Oblast, Russian troops shelled the border communities of Krasnopillia, Bilopillia and Velyka Pysarivka, "
           "firing 73 times, the regional military administration said.")
SUMY_PLACES = [P("Krasnopillia", "Krasnopillia", "UA", "UA-59", "settlement"), P("Bilopillia", "Bilopillia", "UA", "UA-59", "settlement"),
               P("Velyka Pysarivka", "Velyka Pysarivka", "UA", "UA-59", "settlement")]
EV_DNI = ("In Dnipropetrovsk Oblast, Russian artillery hit Nikopol and Marhanets, injuring two people and damaging a gas pipeline "
          "and power lines, Governor Serhii Lysak said.")
DNI_PLACES = [P("Nikopol", "Nikopol", "UA", "UA-12", "settlement"), P("Marhanets", "Marhanets", "UA", "UA-12", "settlement")]

CLAIMS = [
    C("casualties", AUTH,
      "Russian attacks killed at least six civilians and injured 31 others across Ukraine over the past day, regional authorities reported on 12 September.",
      actor="RU", target="UA", q=[Q("killed", "person", 6, "at_least", "civilian"), Q("injured", "person", 31, category="civilian")],
      place=UKRAINE("across Ukraine"), time=PAST_DAY),
    C("strike", AF, EV_AF, actor="RU", target="UA", q=[Q("launched", "drone", 64), Q("launched", "missile", 4)], weapon="mixed",
      place=UKRAINE(), time=NIGHT),
    C("interception", AF, EV_AF, actor="UA", target="RU", q=[Q("intercepted", "drone", 44), Q("intercepted", "missile", 2)],
      weapon="mixed", place=UKRAINE(), time=NIGHT),
]
for pl in DON_PLACES:
    CLAIMS += [
        C("strike", FIL, EV_DON, actor="RU", target="UA", weapon="unknown", place=pl, time=PAST_DAY),
        C("casualties", FIL, EV_DON, actor="RU", target="UA", q=[Q("killed", "person", 3), Q("injured", "person", 9)],
          weapon="unknown", place=pl, time=PAST_DAY),
    ]
CLAIMS += [
    C("strike", SYN, EV_KH1, actor="RU", target="UA", weapon="glide_bomb", place=KH, time=EVENING),
    C("casualties", SYN, EV_KH1, actor="RU", target="UA", q=[Q("injured", "person", 12)], weapon="glide_bomb", place=KH, time=EVENING),
    C("strike", SYN_IMPL, EV_KH2, actor="RU", target="UA", weapon="drone", place=ZOL, time=PAST_DAY),
    C("casualties", SYN_IMPL, EV_KH2, actor="RU", target="UA", q=[Q("killed", "person", 2)], weapon="drone", place=ZOL, time=PAST_DAY),
    C("strike", PRO, EV_KHE, actor="RU", target="UA", q=[Q("hit", "settlement", 28)], weapon="artillery", place=KHE_REG, time=PAST_DAY),
    C("strike", PRO, EV_KHE, actor="RU", target="UA", weapon="artillery", place=KHE_CITY, time=PAST_DAY),
    C("casualties", PRO, EV_KHE, actor="RU", target="UA", q=[Q("killed", "person", 1), Q("injured", "person", 10)],
      weapon="artillery", place=KHE_REG, time=PAST_DAY),
    C("infrastructure_damage", PRO, EV_KHE + " A high-rise building and 14 private houses were damaged.", actor="RU", target="UA",
      q=[Q("other", "other", 14)], weapon="artillery", place=KHE_REG, time=PAST_DAY),
    C("strike", FED, EV_ZAP, actor="RU", target="UA", q=[Q("hit", "settlement", 7), Q("other", "other", 384)], weapon="mixed",
      place=ZAP_REG, time=PAST_DAY),
    C("casualties", FED, EV_ZAP + " There were no casualties.", actor="RU", target="UA", weapon="mixed", place=ZAP_REG,
      time=PAST_DAY, modality="negated"),
]
for pl in SUMY_PLACES:
    CLAIMS.append(C("strike", SUMY, EV_SUMY, actor="RU", target="UA", q=[Q("other", "other", 73)], weapon="artillery", place=pl,
                    time=PAST_DAY))
CLAIMS.append(C("casualties", (None, SUMY[1], "UA"), "One person was injured in Velyka Pysarivka.", actor="RU", target="UA",
                q=[Q("injured", "person", 1)], weapon="artillery", place=SUMY_PLACES[2], time=PAST_DAY))
for pl in DNI_PLACES:
    CLAIMS += [
        C("strike", LYS, EV_DNI, actor="RU", target="UA", weapon="artillery", place=pl, time=PAST_DAY),
        C("casualties", LYS, EV_DNI, actor="RU", target="UA", q=[Q("injured", "person", 2)], weapon="artillery", place=pl, time=PAST_DAY),
        C("infrastructure_damage", LYS, EV_DNI, actor="RU", target="UA", weapon="artillery", place=pl, time=PAST_DAY),
    ]

AIRWATCH = [("launched", "drone", 64), ("launched", "missile", 4), ("intercepted", "drone", 44)]
