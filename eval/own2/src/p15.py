from lib import *

ID = "own2-15"
URL = "https://www.france24.com/en/europe/20260531-ukraine-says-downed-41-of-56-russian-drones-overnight"
RETRIEVED = "2026-05-31"
DATE = "2026-05-31"
TITLE = "Ukraine says it downed 41 of 56 Russian drones overnight, Moscow reports 30 Ukrainian drones"
BYLINE = None

TEXT = """
Ukraine says it downed 41 of 56 Russian drones overnight, Moscow reports 30 Ukrainian drones
Skip to main content
FRANCE 24
Live
Programmes
Video
Europe
France
Africa
Middle East
Americas
Asia-Pacific
Ukraine says it downed 41 of 56 Russian drones overnight, Moscow reports 30 Ukrainian drones
Ukraine's air force says most of the drones were downed, as a week of heavy Russian strikes ends. Moscow says it downed 30 Ukrainian drones over its border regions.
Issued on: 31/05/2026 - 10:12
Modified: 31/05/2026 - 12:40
2 min
Smoke rises after a Russian drone strike on a residential area of Kharkiv on May 31, 2026. © Sergey Bobok, AFP
Advertising
¶Kyiv (AFP) – Ukraine's air force said Sunday it had downed 41 of the 56 drones launched by Russia overnight. Russia also fired two Iskander-M ballistic missiles, it said.
¶A drone strike on a residential area of Kharkiv injured five people, including a child, regional governor Oleg Synegubov said on Telegram.
¶In the southern city of Kherson, Russian drone attacks killed one man and wounded four people over the past day, the regional administration said, accusing Russian forces of "hunting" residents with small drones.
¶President Volodymyr Zelensky said Russia had launched more than 1,100 drones, about 1,400 glide bombs and nearly 50 missiles against Ukraine over the past week.
¶"Every day, every night, Russia is choosing to continue this war," he wrote on Telegram, calling on allies to tighten sanctions on Russian oil sales.
¶Russia's defence ministry said its air defence systems had intercepted and destroyed 30 Ukrainian drones overnight over the Belgorod, Kursk and Bryansk regions and over the Sea of Azov.
¶In Russia's Belgorod region, governor Vyacheslav Gladkov said a Ukrainian drone had hit a car in the town of Grayvoron, killing the driver.
¶The attacks came as Ukrainian and Russian delegations prepared for a fresh round of talks in Geneva on Monday, the first in three months.
¶Ukraine's chief negotiator Rustem Umerov said the agenda would include a full exchange of all prisoners of war and the return of Ukrainian children deported to Russia.
¶Previous rounds have produced several prisoner swaps but failed to move the two sides closer to a ceasefire, with Moscow insisting that Kyiv withdraw its troops from the parts of four regions it claims as its own.
¶bur-ant/jj
Read more
Ukraine, Russia swap bodies of fallen soldiers ahead of new talks
Analysis: Why Russia is betting on a summer offensive
Page not found
This page could not be found or has been removed.
* This site and its partners store and read small files on your device to run the site.
* You can change your choice at any time via the "Manage my privacy settings" link.
France Médias Monde
Legal notices
Privacy policy
Cookie policy
"""

AF = lambda t: K(t, "Ukrainian Air Force", "UA")
N = NIGHT("overnight", "2026-05-31")
NN = NIGHT(None, "2026-05-31")
SYN = K("regional governor Oleg Synegubov", "Oleh Syniehubov", "UA")
KHK = P("Kharkiv", "Kharkiv", "UA-63", "settlement")
KHS_RA = K("the regional administration", "Kherson Regional Military Administration", "UA")
KHS = P("the southern city of Kherson", "Kherson", "UA-65", "settlement")
DAY = T("over the past day", "2026-05-30", "2026-05-31", "day")
MOD = K("Russia's defence ministry", "Russian Ministry of Defence", "RU")
MOD_EV = "Russia's defence ministry said its air defence systems had intercepted and destroyed 30 Ukrainian drones overnight over the Belgorod, Kursk and Bryansk regions and over the Sea of Azov."
GLAD = K("governor Vyacheslav Gladkov", "Vyacheslav Gladkov", "RU")
GRAY = P("the town of Grayvoron", "Graivoron", "RU-BEL", "settlement")
UMEROV = K("Ukraine's chief negotiator Rustem Umerov", "Rustem Umerov", "UA")

CLAIMS = [
    C("strike", AF("Ukraine's air force"), "RU", "UA", [Q("launched", "drone", 56), Q("launched", "missile", 2)], "mixed", None, N,
      "Kyiv (AFP) – Ukraine's air force said Sunday it had downed 41 of the 56 drones launched by Russia overnight. Russia also fired two Iskander-M ballistic missiles, it said."),
    C("interception", AF("Ukraine's air force"), "UA", "RU", [Q("intercepted", "drone", 41)], "drone", None, N,
      "Ukraine's air force said Sunday it had downed 41 of the 56 drones launched by Russia overnight."),
    C("strike", SYN, "RU", "UA", [], "drone", KHK, None,
      "A drone strike on a residential area of Kharkiv injured five people, including a child, regional governor Oleg Synegubov said on Telegram."),
    C("casualties", SYN, "RU", "UA", [Q("injured", "person", 5)], "drone", KHK, None,
      "A drone strike on a residential area of Kharkiv injured five people, including a child, regional governor Oleg Synegubov said on Telegram."),
    C("strike", KHS_RA, "RU", "UA", [], "drone", KHS, DAY,
      "In the southern city of Kherson, Russian drone attacks killed one man and wounded four people over the past day, the regional administration said, accusing Russian forces of \"hunting\" residents with small drones."),
    C("casualties", KHS_RA, "RU", "UA", [Q("killed", "person", 1), Q("injured", "person", 4)], "drone", KHS, DAY,
      "In the southern city of Kherson, Russian drone attacks killed one man and wounded four people over the past day, the regional administration said"),
    C("strike", K("President Volodymyr Zelensky", "Volodymyr Zelenskyy", "UA"), "RU", "UA",
      [Q("launched", "drone", 1100, "at_least"), Q("launched", "glide_bomb", 1400, "about"), Q("launched", "missile", 50, "about")],
      "mixed", P("Ukraine", "Ukraine", "UA", "country"), T("over the past week", "2026-05-24", "2026-05-31", "week"),
      "President Volodymyr Zelensky said Russia had launched more than 1,100 drones, about 1,400 glide bombs and nearly 50 missiles against Ukraine over the past week."),
] + [
    C("interception", MOD, "RU", "UA", [Q("intercepted", "drone", 30)], "drone", P(t, n, c, "region"), N, MOD_EV)
    for t, n, c in [("the Belgorod", "Belgorod Oblast", "RU-BEL"), ("Kursk", "Kursk Oblast", "RU-KRS"), ("Bryansk regions", "Bryansk Oblast", "RU-BRY")]
] + [
    C("strike", GLAD, "UA", "RU", [], "drone", GRAY, None,
      "In Russia's Belgorod region, governor Vyacheslav Gladkov said a Ukrainian drone had hit a car in the town of Grayvoron, killing the driver."),
    C("casualties", GLAD, "UA", "RU", [], "drone", GRAY, None,
      "In Russia's Belgorod region, governor Vyacheslav Gladkov said a Ukrainian drone had hit a car in the town of Grayvoron, killing the driver."),
    C("negotiation", K(None, "FRANCE 24", "media"), None, None, [], None, P("Geneva", "Geneva", "CH-GE", "settlement"), T("on Monday", "2026-06-01"),
      "The attacks came as Ukrainian and Russian delegations prepared for a fresh round of talks in Geneva on Monday, the first in three months.",
      modality="planned"),
    C("negotiation", UMEROV, "UA", None, [], None, None, None,
      "Ukraine's chief negotiator Rustem Umerov said the agenda would include a full exchange of all prisoners of war and the return of Ukrainian children deported to Russia.",
      modality="planned"),
    C("prisoner_exchange", UMEROV, None, None, [], None, None, None,
      "Ukraine's chief negotiator Rustem Umerov said the agenda would include a full exchange of all prisoners of war and the return of Ukrainian children deported to Russia.",
      modality="planned"),
]

AIRWATCH = [("launched", "drone", 56), ("intercepted", "drone", 41),
            ("launched", "drone", 1100), ("launched", "missile", 50)]
