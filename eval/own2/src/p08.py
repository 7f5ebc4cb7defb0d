from lib import *

ID = "own2-08"
URL = "https://kyivindependent.com/russia-attacks-ukraine-with-87-drones-3-ballistic-missiles-overnight/"
RETRIEVED = "2026-07-02T10:41:07+00:00"
DATE = "2026-07-02"
TITLE = "Russia attacks Ukraine with 87 drones, 3 ballistic missiles overnight"
BYLINE = "Maryna Hordiienko"

TEXT = """
Russia attacks Ukraine with 87 drones, 3 ballistic missiles overnight | The Kyiv Independent
Skip to content
The Kyiv Independent
Ukraine War Latest
News Feed
Investigations
Opinion
Business
Culture
Podcasts
Join our community
Support us
Ukraine War Latest
Russia attacks Ukraine with 87 drones, 3 ballistic missiles overnight
by Maryna Hordiienko
July 2, 2026 10:38 AM
2 min read
Illustrative purposes only: Ukrainian air defense forces operate a heavy machine gun during a Russian drone attack in Kyiv Oblast. (Roman Pilipey/AFP via Getty Images)
¶Russia launched 87 drones and three ballistic missiles against Ukraine overnight on July 2, the Ukrainian Air Force reported.
¶Ukrainian air defense shot down or suppressed 64 drones, the Air Force said. Three ballistic missiles and 20 drones struck nine locations, while debris from downed drones fell on four more locations.
¶Russia launched the Iskander-M missiles from Kursk Oblast and the Shahed-type attack drones and decoy drones from the Bryansk, Oryol and Kursk oblasts, as well as from occupied Crimea, according to the statement.
¶Russian attacks across Ukraine killed at least five people and injured 29 over the past day, regional authorities reported.
¶Russian glide bombs struck the town of Bilopillia in Sumy Oblast, killing a 60-year-old woman, the regional military administration said.
¶In Dnipropetrovsk Oblast, Russian artillery and drones attacked the Nikopol district throughout the day, injuring three people, Governor Serhii Lysak reported.
¶Russian attacks in Kherson Oblast killed two people and injured 14 over the past day, Governor Oleksandr Prokudin said. Russian forces targeted residential areas and critical infrastructure, damaging eight houses, he added.
¶In Kharkiv Oblast, a Russian drone hit a private house in the town of Kivsharivka, injuring a 47-year-old man, Governor Oleh Syniehubov said.
¶Meanwhile, Ukraine's General Staff said that Ukrainian drones struck the Novoshakhtinsk oil refinery in Russia's Rostov Oblast overnight, causing a fire at the facility.
¶Russia's Defense Ministry claimed its air defenses had shot down 48 Ukrainian drones overnight, including 12 over Rostov Oblast.
¶Russia regularly launches mass drone and missile attacks on Ukrainian cities, with the numbers of drones used in a single night growing sharply over the past year as Moscow has scaled up production of Shahed-type drones at home.
¶Kyiv has urged its partners to provide more air defense systems and to help finance the production of interceptor drones, which have become a cheaper way to bring down Shaheds.
Note from the author:
Hi, this is Maryna Hordiienko. I write about the attacks that shape daily life in Ukraine. If you value our reporting, please consider supporting the Kyiv Independent.
Become a member
Ukraine War Latest
Ukraine war latest: Ukraine's forces push back Russian troops near Kupiansk
Ukrainian drones hit oil depot in Russia's Belgorod Oblast, General Staff says
Zelensky to meet European leaders in Copenhagen next week
Most popular
Explainer: How Ukraine counts downed drones
Inside the workshop building Ukraine's interceptor drones
About us
Our team
Jobs
Contact us
Privacy policy
Terms of use
© 2026 The Kyiv Independent. All rights reserved.
"""

AF = lambda t: K(t, "Ukrainian Air Force", "UA")
N = NIGHT("overnight on July 2", "2026-07-02")
NN = NIGHT(None, "2026-07-02")
DAY = T("over the past day", "2026-07-01", "2026-07-02", "day")
LYSAK = K("Governor Serhii Lysak", "Serhiy Lysak", "UA")
PROK = K("Governor Oleksandr Prokudin", "Oleksandr Prokudin", "UA")
KHERSON = P("Kherson Oblast", "Kherson Oblast", "UA-65", "region")
SYN = K("Governor Oleh Syniehubov", "Oleh Syniehubov", "UA")
KIV = P("the town of Kivsharivka", "Kivsharivka", "UA-63", "settlement")
SUMY_RA = K("the regional military administration", "Sumy Regional Military Administration", "UA")
BIL = P("the town of Bilopillia", "Bilopillia", "UA-59", "settlement")
NOVO = P("the Novoshakhtinsk oil refinery in Russia's Rostov Oblast", "Novoshakhtinsk oil refinery", "RU-ROS", "point")
GS = K("Ukraine's General Staff", "General Staff of the Armed Forces of Ukraine", "UA")
MOD = K("Russia's Defense Ministry", "Russian Ministry of Defence", "RU")
PROK_EV = "Russian attacks in Kherson Oblast killed two people and injured 14 over the past day, Governor Oleksandr Prokudin said."

CLAIMS = [
    C("strike", AF("the Ukrainian Air Force"), "RU", "UA",
      [Q("launched", "drone", 87), Q("launched", "missile", 3), Q("hit", "missile", 3), Q("hit", "drone", 20),
       Q("hit", "location", 9), Q("other", "location", 4)], "mixed", P("Ukraine", "Ukraine", "UA", "country"), N,
      "Russia launched 87 drones and three ballistic missiles against Ukraine overnight on July 2, the Ukrainian Air Force reported.\nUkrainian air defense shot down or suppressed 64 drones, the Air Force said. Three ballistic missiles and 20 drones struck nine locations, while debris from downed drones fell on four more locations."),
    C("interception", AF("the Air Force"), "UA", "RU", [Q("intercepted", "drone", 64)], "drone", None, NN,
      "Ukrainian air defense shot down or suppressed 64 drones, the Air Force said."),
    C("casualties", K("regional authorities", "Ukrainian regional authorities", "UA"), "RU", "UA",
      [Q("killed", "person", 5, "at_least"), Q("injured", "person", 29)], None, P("across Ukraine", "Ukraine", "UA", "country"), DAY,
      "Russian attacks across Ukraine killed at least five people and injured 29 over the past day, regional authorities reported."),
    C("strike", SUMY_RA, "RU", "UA", [], "glide_bomb", BIL, None,
      "Russian glide bombs struck the town of Bilopillia in Sumy Oblast, killing a 60-year-old woman, the regional military administration said."),
    C("casualties", SUMY_RA, "RU", "UA", [], "glide_bomb", BIL, None,
      "Russian glide bombs struck the town of Bilopillia in Sumy Oblast, killing a 60-year-old woman, the regional military administration said."),
    C("strike", LYSAK, "RU", "UA", [], "mixed", P("the Nikopol district", "Nikopol district", "UA-12", "district"),
      T("throughout the day", "2026-07-01", "2026-07-02", "day"),
      "In Dnipropetrovsk Oblast, Russian artillery and drones attacked the Nikopol district throughout the day, injuring three people, Governor Serhii Lysak reported."),
    C("casualties", LYSAK, "RU", "UA", [Q("injured", "person", 3)], "mixed", P("the Nikopol district", "Nikopol district", "UA-12", "district"),
      T("throughout the day", "2026-07-01", "2026-07-02", "day"),
      "In Dnipropetrovsk Oblast, Russian artillery and drones attacked the Nikopol district throughout the day, injuring three people, Governor Serhii Lysak reported."),
    C("strike", PROK, "RU", "UA", [], "unknown", KHERSON, DAY,
      PROK_EV + " Russian forces targeted residential areas and critical infrastructure, damaging eight houses, he added."),
    C("casualties", PROK, "RU", "UA", [Q("killed", "person", 2), Q("injured", "person", 14)], "unknown", KHERSON, DAY, PROK_EV),
    C("infrastructure_damage", K("he", "Oleksandr Prokudin", "UA"), "RU", "UA", [Q("other", "other", 8)], "unknown", KHERSON, DAY,
      "Russian forces targeted residential areas and critical infrastructure, damaging eight houses, he added."),
    C("strike", SYN, "RU", "UA", [], "drone", KIV, None,
      "In Kharkiv Oblast, a Russian drone hit a private house in the town of Kivsharivka, injuring a 47-year-old man, Governor Oleh Syniehubov said."),
    C("casualties", SYN, "RU", "UA", [], "drone", KIV, None,
      "In Kharkiv Oblast, a Russian drone hit a private house in the town of Kivsharivka, injuring a 47-year-old man, Governor Oleh Syniehubov said."),
    C("strike", GS, "UA", "RU", [], "drone", NOVO, NIGHT("overnight", "2026-07-02"),
      "Meanwhile, Ukraine's General Staff said that Ukrainian drones struck the Novoshakhtinsk oil refinery in Russia's Rostov Oblast overnight, causing a fire at the facility."),
    C("infrastructure_damage", GS, "UA", "RU", [], "drone", NOVO, NIGHT("overnight", "2026-07-02"),
      "Meanwhile, Ukraine's General Staff said that Ukrainian drones struck the Novoshakhtinsk oil refinery in Russia's Rostov Oblast overnight, causing a fire at the facility."),
    C("interception", MOD, "RU", "UA", [Q("intercepted", "drone", 48)], "drone", None, NIGHT("overnight", "2026-07-02"),
      "Russia's Defense Ministry claimed its air defenses had shot down 48 Ukrainian drones overnight"),
    C("interception", MOD, "RU", "UA", [Q("intercepted", "drone", 12)], "drone", P("Rostov Oblast", "Rostov Oblast", "RU-ROS", "region"),
      NIGHT("overnight", "2026-07-02"),
      "Russia's Defense Ministry claimed its air defenses had shot down 48 Ukrainian drones overnight, including 12 over Rostov Oblast."),
]

AIRWATCH = [("launched", "drone", 87), ("launched", "missile", 3), ("intercepted", "drone", 64)]
