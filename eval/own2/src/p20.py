from lib import *

ID = "own2-20"
URL = "https://www.reuters.com/world/europe/russian-missiles-iranian-made-drones-pound-ukraine-power-plants-2022-10-18/"
RETRIEVED = "2022-10-19T07:55:10+00:00"
DATE = "2022-10-18"
TITLE = "Russian missiles and Iranian-made drones pound Ukraine's power plants; Kyiv says most shot down"
BYLINE = "Pavel Polityuk and Max Hunder"

TEXT = """
Russian missiles and Iranian-made drones pound Ukraine's power plants; Kyiv says most shot down | Reuters
Skip to main content
Exclusive news, data and analytics for financial market professionals
Learn more about
Refinitiv
My News
Sign In
Register
World
Business
Markets
Legal
Breakingviews
Technology
Investigations
More
Europe
Russian missiles and Iranian-made drones pound Ukraine's power plants; Kyiv says most shot down
By Pavel Polityuk and Max Hunder
October 18, 20226:04 PM GMT+3Updated October 18, 2022
Item 1 of 3 Firefighters work at the site of a Russian strike on an energy facility in Kyiv, Ukraine October 18, 2022. REUTERS/Vladyslav Musiienko
[1/3]Firefighters work at the site of a Russian strike on an energy facility in Kyiv, Ukraine October 18, 2022. REUTERS/Vladyslav Musiienko Purchase Licensing Rights, opens new tab
¶KYIV, Oct 18 (Reuters) - Russia fired missiles and Iranian-made drones at Ukraine's power stations and water supply on Tuesday, killing at least three people in Kyiv and cutting electricity in several cities, Ukrainian officials said.
¶Ukraine's air force said Russia had launched 33 cruise missiles and 27 Shahed-136 drones since Monday evening, and that air defences had destroyed 21 of the missiles and 23 of the drones.
¶In the Kyiv region alone, air defences shot down 13 drones, regional governor Oleksiy Kuleba said.
¶Energy Minister Herman Halushchenko said Russian strikes since Oct. 10 had damaged more than 40 energy facilities across the country, and urged Ukrainians to limit their use of electricity in the evening.
¶In Zhytomyr, a city west of Kyiv, power and water were cut after strikes on an energy facility, Mayor Serhiy Sukhomlyn said. The city's hospitals were running on backup generators.
¶In the southern city of Mykolaiv, a Russian missile hit a residential building, killing one person, regional governor Vitaliy Kim said.
¶Russia's defence ministry said its forces had struck military command and energy facilities across Ukraine with long-range precision weapons and that all designated targets had been hit.
¶President Volodymyr Zelenskiy said the strikes were meant to create a humanitarian catastrophe before winter and to push Ukrainians to flee to Europe.
¶Ukraine's military intelligence has said Russia ordered about 2,000 Shahed drones from Iran. Iran has denied supplying drones to Russia for use in Ukraine, and the Kremlin said it had no information on the matter.
¶The European Union agreed on Monday to impose sanctions on Iranian officials and a company it accuses of supplying the drones.
¶In the south, Russian-installed authorities in the Kherson region said they were moving up to 50,000 residents across the Dnipro River to the east bank as Ukrainian forces pressed a counteroffensive towards the city of Kherson.
¶Reuters could not independently verify battlefield reports from either side.
Reporting by Pavel Polityuk and Max Hunder in Kyiv; Writing by Peter Vollmer; Editing by Mark Heinrich
Our Standards: The Thomson Reuters Trust Principles., opens new tab
Suggested Topics:
Europe
Purchase Licensing Rights
Read Next
World
UK prime minister faces pressure as markets slide
Business
Gas prices ease as European storage nears capacity
Site Index
Latest
Home
Authors
Topic Sitemap
Archive
Article Sitemap
About Reuters
About Reuters, opens new tab
Careers, opens new tab
Reuters News Agency, opens new tab
Reuters Fact Check, opens new tab
All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.
© 2022 Reuters. All rights reserved
"""

OFF = K("Ukrainian officials", "Ukrainian officials", "UA")
TUE = T("on Tuesday", "2022-10-18")
TUE_ = T(None, "2022-10-18")
OFF_EV = "KYIV, Oct 18 (Reuters) - Russia fired missiles and Iranian-made drones at Ukraine's power stations and water supply on Tuesday, killing at least three people in Kyiv and cutting electricity in several cities, Ukrainian officials said."
AF = K("Ukraine's air force", "Ukrainian Air Force", "UA")
SINCE = T("since Monday evening", "2022-10-17T18:00", "2022-10-18T12:00", "part_of_day")
AF_EV = "Ukraine's air force said Russia had launched 33 cruise missiles and 27 Shahed-136 drones since Monday evening, and that air defences had destroyed 21 of the missiles and 23 of the drones."
SUKH = K("Mayor Serhiy Sukhomlyn", "Serhiy Sukhomlyn", "UA")
ZHY = P("Zhytomyr", "Zhytomyr", "UA-18", "settlement")
ZHY_EV = "In Zhytomyr, a city west of Kyiv, power and water were cut after strikes on an energy facility, Mayor Serhiy Sukhomlyn said."
KIM = K("regional governor Vitaliy Kim", "Vitaliy Kim", "UA")
MYK = P("the southern city of Mykolaiv", "Mykolaiv", "UA-48", "settlement")
KIM_EV = "In the southern city of Mykolaiv, a Russian missile hit a residential building, killing one person, regional governor Vitaliy Kim said."
HUR = K("Ukraine's military intelligence", "Defence Intelligence of Ukraine (HUR)", "UA")
KHS_EV = "In the south, Russian-installed authorities in the Kherson region said they were moving up to 50,000 residents across the Dnipro River to the east bank as Ukrainian forces pressed a counteroffensive towards the city of Kherson."

CLAIMS = [
    C("strike", OFF, "RU", "UA", [], "mixed", P("Ukraine's power stations", "Ukraine", "UA", "country"), TUE, OFF_EV),
    C("casualties", OFF, "RU", "UA", [Q("killed", "person", 3, "at_least")], "mixed", P("Kyiv", "Kyiv", "UA-30", "settlement"), TUE, OFF_EV),
    C("infrastructure_damage", OFF, "RU", "UA", [], "mixed", P("Ukraine's power stations", "Ukraine", "UA", "country"), TUE, OFF_EV),
    C("strike", AF, "RU", "UA", [Q("launched", "missile", 33), Q("launched", "drone", 27)], "mixed", None, SINCE,
      "Ukraine's air force said Russia had launched 33 cruise missiles and 27 Shahed-136 drones since Monday evening"),
    C("interception", AF, "UA", "RU", [Q("intercepted", "missile", 21), Q("intercepted", "drone", 23)], "mixed", None, SINCE, AF_EV),
    C("interception", K("regional governor Oleksiy Kuleba", "Oleksiy Kuleba", "UA"), "UA", "RU", [Q("intercepted", "drone", 13)], "drone",
      P("the Kyiv region", "Kyiv Oblast", "UA-32", "region"), None,
      "In the Kyiv region alone, air defences shot down 13 drones, regional governor Oleksiy Kuleba said."),
    C("infrastructure_damage", K("Energy Minister Herman Halushchenko", "Herman Halushchenko", "UA"), "RU", "UA",
      [Q("other", "other", 40, "at_least")], None, P("across the country", "Ukraine", "UA", "country"),
      T("since Oct. 10", "2022-10-10", "2022-10-18", "day"),
      "Energy Minister Herman Halushchenko said Russian strikes since Oct. 10 had damaged more than 40 energy facilities across the country"),
    C("strike", SUKH, "RU", "UA", [], "unknown", ZHY, None, ZHY_EV),
    C("infrastructure_damage", SUKH, "RU", "UA", [], "unknown", ZHY, None, ZHY_EV + " The city's hospitals were running on backup generators."),
    C("strike", KIM, "RU", "UA", [], "missile", MYK, None, KIM_EV),
    C("casualties", KIM, "RU", "UA", [Q("killed", "person", 1)], "missile", MYK, None, KIM_EV),
    C("strike", K("Russia's defence ministry", "Russian Ministry of Defence", "RU"), "RU", "UA", [], "unknown",
      P("across Ukraine", "Ukraine", "UA", "country"), None,
      "Russia's defence ministry said its forces had struck military command and energy facilities across Ukraine with long-range precision weapons and that all designated targets had been hit."),
    C("mobilization", HUR, "third_party", None, [Q("other", "drone", 2000, "about")], None, None, None,
      "Ukraine's military intelligence has said Russia ordered about 2,000 Shahed drones from Iran. Iran has denied supplying drones to Russia for use in Ukraine",
      status="denied"),
    C("mobilization", K("Iran", "Iran", "third_party"), "third_party", None, [], None, None, None,
      "Iran has denied supplying drones to Russia for use in Ukraine", modality="negated"),
    C("capture", K("Russian-installed authorities in the Kherson region", "Russian-installed Kherson administration", "RU"), "RU", "UA",
      [Q("captured", "person", 50000, "at_most", "civilian")], None, P("the Kherson region", "Kherson Oblast", "UA-65", "region"), None, KHS_EV),
    C("ground_combat", K(None, "Reuters", "media"), "UA", "RU", [], None, P("the city of Kherson", "Kherson", "UA-65", "settlement"), None,
      "as Ukrainian forces pressed a counteroffensive towards the city of Kherson"),
]

AIRWATCH = [("launched", "missile", 33), ("launched", "drone", 27),
            ("intercepted", "missile", 21), ("intercepted", "drone", 23)]
