# CNN-style report on Ukrainian drone attacks on Russian border regions: governors, Russian MoD, Ukrainian General Staff.
from _lab import *

PUB = "2025-08-10"
META = {"id": "own20", "url": "https://edition.cnn.example/2025/08/10/europe/ukraine-drones-russia-kursk-belgorod-intl",
        "retrieved_at": "2025-08-10T19:15:00+00:00"}
TITLE = "Ukrainian drones hit Russian border regions, killing one in Kursk, officials say"
PUBLISHED = PUB
BYLINE = "Irina Morgan and Kyle Dunn, CNN"

TEXT = """
CNN
US
World
Politics
Business
Health
Entertainment
Style
Travel
Sports
Ukrainian drones hit Russian border regions, killing one in Kursk, officials say
By Irina Morgan and Kyle Dunn, CNN
3 minute read
Updated 7:31 AM EDT, Sun August 10, 2025
Link Copied!
¶A Ukrainian drone struck a minibus in the town of Lgov in Russia's Kursk region on Sunday, killing one person and injuring five, the region's acting governor Alexander Khinshtein said.
¶In the neighboring Belgorod region, Governor Vyacheslav Gladkov said Ukrainian forces had attacked 14 villages with drones and artillery over the past day, injuring three civilians, including a child.
¶Gladkov said a drone had also hit a residential building in the city of Belgorod, damaging 11 apartments and several cars.
Ad Feedback
¶Russia's Defense Ministry said its air defense systems had intercepted 93 Ukrainian drones overnight, most of them over the Kursk, Belgorod and Voronezh regions.
¶Ukraine's General Staff said its drones had struck an oil depot in the Voronezh region's Liski district and an ammunition warehouse in the city of Kursk, causing fires.
¶Voronezh Governor Alexander Gusev said debris from a downed drone had started a fire at an industrial facility in the Liski district but caused no casualties.
¶Kyiv has stepped up its long-range drone campaign against Russian oil refineries and depots in recent weeks, aiming to cut Moscow's fuel exports.
Related article
Inside the Ukrainian workshops building long-range drones
Ad Feedback
See Full Web Article
© 2025 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.
"""

KHIN = ("the region's acting governor Alexander Khinshtein", "Alexander Khinshtein", "RU")
GLAD = ("Governor Vyacheslav Gladkov", "Vyacheslav Gladkov", "RU")
GLAD2 = ("Gladkov", "Vyacheslav Gladkov", "RU")
RUMOD = ("Russia's Defense Ministry", "Russian Ministry of Defence", "RU")
GS = ("Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "UA")
GUS = ("Voronezh Governor Alexander Gusev", "Alexander Gusev", "RU")

SUN = weekday("on Sunday", "Sunday", PUB)
NIGHT = night("overnight", PUB)
PAST_DAY = T("over the past day", "2025-08-09", "2025-08-10", "day")
EV1 = ("A Ukrainian drone struck a minibus in the town of Lgov in Russia's Kursk region on Sunday, killing one person and injuring "
       "five, the region's acting governor Alexander Khinshtein said.")
LGOV = P("the town of Lgov in Russia's Kursk region", "Lgov", "RU", "RU-KRS", "settlement")
EV_GL = ("In the neighboring Belgorod region, Governor Vyacheslav Gladkov said Ukrainian forces had attacked 14 villages with drones "
         "and artillery over the past day, injuring three civilians, including a child.")
BEL_REG = P("the neighboring Belgorod region", "Belgorod Oblast", "RU", "RU-BEL", "region")
EV_GL2 = "Gladkov said a drone had also hit a residential building in the city of Belgorod, damaging 11 apartments and several cars."
BEL = P("the city of Belgorod", "Belgorod", "RU", "RU-BEL", "settlement")
EV_RU = ("Russia's Defense Ministry said its air defense systems had intercepted 93 Ukrainian drones overnight, most of them over "
         "the Kursk, Belgorod and Voronezh regions.")
EV_GS = ("Ukraine's General Staff said its drones had struck an oil depot in the Voronezh region's Liski district and an ammunition "
         "warehouse in the city of Kursk, causing fires.")
LISKI = P("the Voronezh region's Liski district", "Liskinsky District", "RU", "RU-VOR", "district")
KURSK = P("the city of Kursk", "Kursk", "RU", "RU-KRS", "settlement")
EV_GUS = ("Voronezh Governor Alexander Gusev said debris from a downed drone had started a fire at an industrial facility in the "
          "Liski district but caused no casualties.")

CLAIMS = [
    C("strike", KHIN, EV1, actor="UA", target="RU", weapon="drone", place=LGOV, time=SUN),
    C("casualties", KHIN, EV1, actor="UA", target="RU", q=[Q("killed", "person", 1), Q("injured", "person", 5)], weapon="drone",
      place=LGOV, time=SUN),
    C("strike", GLAD, EV_GL, actor="UA", target="RU", q=[Q("hit", "settlement", 14)], weapon="mixed", place=BEL_REG, time=PAST_DAY),
    C("casualties", GLAD, EV_GL, actor="UA", target="RU", q=[Q("injured", "person", 3, category="civilian")], weapon="mixed",
      place=BEL_REG, time=PAST_DAY),
    C("strike", GLAD2, EV_GL2, actor="UA", target="RU", weapon="drone", place=BEL, time=PAST_DAY),
    C("infrastructure_damage", GLAD2, EV_GL2, actor="UA", target="RU", q=[Q("other", "other", 11)], weapon="drone", place=BEL,
      time=PAST_DAY),
] + [
    C("interception", RUMOD, EV_RU, actor="RU", target="UA", q=[Q("intercepted", "drone", 93)], weapon="drone",
      place=P("the Kursk, Belgorod and Voronezh regions", name, "RU", code, "region"), time=NIGHT)
    for name, code in [("Kursk Oblast", "RU-KRS"), ("Belgorod Oblast", "RU-BEL"), ("Voronezh Oblast", "RU-VOR")]
] + [
    C("strike", GS, EV_GS, actor="UA", target="RU", weapon="drone", place=LISKI),
    C("infrastructure_damage", GS, EV_GS, actor="UA", target="RU", weapon="drone", place=LISKI),
    C("strike", GS, EV_GS, actor="UA", target="RU", weapon="drone", place=KURSK),
    C("infrastructure_damage", GS, EV_GS, actor="UA", target="RU", weapon="drone", place=KURSK),
    C("infrastructure_damage", GUS, EV_GUS, actor="UA", target="RU", weapon="drone",
      place=P("the Liski district", "Liskinsky District", "RU", "RU-VOR", "district")),
    C("casualties", GUS, EV_GUS, actor="UA", target="RU", weapon="drone",
      place=P("the Liski district", "Liskinsky District", "RU", "RU-VOR", "district"), modality="negated"),
]

AIRWATCH = None
