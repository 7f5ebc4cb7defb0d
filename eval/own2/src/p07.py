from lib import *

ID = "own2-07"
URL = "https://www.theguardian.com/world/live/2025/oct/29/russia-ukraine-war-live-massive-overnight-attack-energy-zelenskyy"
RETRIEVED = "2025-10-29T11:20:54+00:00"
DATE = "2025-10-29"
TITLE = "Russia-Ukraine war live: Russia launches massive overnight attack on Ukraine’s energy grid; Zelenskyy calls Washington talks ‘constructive’"
BYLINE = "Helena Marsh (now) and Oliver Kemp (earlier)"

TEXT = """
Skip to main contentSkip to navigationSkip to navigation
Print subscriptions
Search jobs
Sign in
Eur
Europe edition
The Guardian - Back to homeThe Guardian
News
Opinion
Sport
Culture
Lifestyle
Ukraine
Russia-Ukraine war
Live
Russia-Ukraine war live: Russia launches massive overnight attack on Ukraine’s energy grid; Zelenskyy calls Washington talks ‘constructive’
Air force says 512 drones and 37 missiles launched overnight; at least four killed across Ukraine
Helena Marsh (now) and Oliver Kemp (earlier)
Wed 29 Oct 2025 11.02 GMT
First published on Wed 29 Oct 2025 07.05 GMT
Share
Key events
1h ago
Russian defence ministry says it struck energy sites ‘supplying military industry’
2h ago
At least four killed, 23 injured in overnight attack
3h ago
Air force: 461 of 512 drones downed
4h ago
Opening summary
Show key events only
Please turn on JavaScript to use this feature
Live feed
10.35 GMT
Russian defence ministry says it struck energy sites ‘supplying military industry’
¶Russia’s defence ministry said its forces had carried out a massive strike overnight with Kinzhal hypersonic missiles and attack drones on Ukrainian energy facilities that supply military-industrial enterprises.
¶It also said air defence units had destroyed 100 Ukrainian drones over Russia overnight, 40 of them over the Bryansk region, which borders Ukraine.
Share
10.12 GMT
¶DTEK, Ukraine’s largest private energy company, said two of its thermal power plants were seriously damaged in the overnight attack, its fourth on the company’s generation facilities since the start of October.
¶The grid operator, Ukrenergo, said hourly power cuts would be applied to household and industrial consumers in most regions on Wednesday.
Share
Updated at 10.20 GMT
09.31 GMT
At least four killed, 23 injured in overnight attack
¶At least four people were killed, including a 10-year-old boy, and 23 were injured across Ukraine in the overnight attack, the interior minister, Ihor Klymenko, said.
¶In Zaporizhzhia, a missile strike damaged an industrial enterprise and injured three people, the regional governor, Ivan Fedorov, said on Telegram.
Share
08.16 GMT
¶In western Ukraine, air defences downed 14 drones and two cruise missiles over the Lviv region during the night, the regional governor, Maksym Kozytskyi, said, adding that an energy facility near the town of Stryi had been damaged.
¶Poland scrambled fighter jets and briefly closed the airports in Rzeszów and Lublin as a precaution during the attack, the Polish armed forces’ operational command said.
Share
07.41 GMT
Air force: 461 of 512 drones downed
¶Ukraine’s air force said Russia had launched 512 drones and 37 missiles of various types overnight.
¶Air defences shot down or suppressed 461 drones and 26 missiles, it said in a statement on Telegram, adding that hits were recorded at 19 locations.
Share
Updated at 07.50 GMT
07.05 GMT
Opening summary
¶Good morning and welcome to our live coverage of the war in Ukraine. I’m Oliver Kemp and here are the latest developments.
¶Russia launched one of its largest combined drone and missile attacks of the war on Ukraine overnight, targeting power plants and gas production facilities as the country prepares for winter. Details to follow.
¶Ukrainian President Volodymyr Zelenskyy said talks between Ukrainian and US officials in Washington on Tuesday had been “constructive”, and that his delegation had discussed air defence supplies and a possible framework for a ceasefire.
¶“We need not words but systems, and we need them before the cold comes,” Zelenskyy said in his evening address.
¶Analysts say Russia has in recent weeks shifted its focus to Ukraine’s gas production, hoping to force Kyiv to import expensive gas during the winter. Ukraine’s state energy company, Naftogaz, has asked European partners for help financing emergency purchases.
¶The European Union’s foreign policy chief, Kaja Kallas, said the bloc was working on a new package of sanctions aimed at Russia’s oil revenues and the banks that help Moscow evade existing restrictions.
Share
Explore more on these topics
Ukraine
Russia-Ukraine war
Russia
Volodymyr Zelenskyy
Europe
Share
Reuse this content
Most viewed
Most viewed
World
UK
Climate crisis
Ukraine
Environment
Science
Global development
Football
Tech
Business
Obituaries
Original reporting and incisive analysis, direct from the Guardian every morning
Sign up for our email
Help
Complaints & corrections
SecureDrop
Work for us
Privacy policy
Cookie policy
Terms & conditions
Contact us
All topics
All writers
Digital newspaper archive
Facebook
YouTube
Instagram
LinkedIn
Newsletters
Advertise with us
Search UK jobs
Back to top
© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)
"""

AF = lambda t: K(t, "Ukrainian Air Force", "UA")
MOD = lambda t: K(t, "Russian Ministry of Defence", "RU")
N = NIGHT("overnight", "2025-10-29")
NN = NIGHT(None, "2025-10-29")
KOZ = K("the regional governor, Maksym Kozytskyi", "Maksym Kozytskyi", "UA")
FED = K("the regional governor, Ivan Fedorov", "Ivan Fedorov", "UA")
ZAP = P("Zaporizhzhia", "Zaporizhzhia", "UA-23", "settlement")
KOZ_EV = "In western Ukraine, air defences downed 14 drones and two cruise missiles over the Lviv region during the night, the regional governor, Maksym Kozytskyi, said, adding that an energy facility near the town of Stryi had been damaged."
FED_EV = "In Zaporizhzhia, a missile strike damaged an industrial enterprise and injured three people, the regional governor, Ivan Fedorov, said on Telegram."
GUARDIAN = K(None, "The Guardian", "media")

CLAIMS = [
    C("strike", MOD("Russia’s defence ministry"), "RU", "UA", [], "mixed", None, N,
      "Russia’s defence ministry said its forces had carried out a massive strike overnight with Kinzhal hypersonic missiles and attack drones on Ukrainian energy facilities that supply military-industrial enterprises."),
    C("interception", MOD("It"), "RU", "UA", [Q("intercepted", "drone", 100)], "drone", P("Russia", "Russia", "RU", "country"), N,
      "It also said air defence units had destroyed 100 Ukrainian drones over Russia overnight"),
    C("interception", MOD("It"), "RU", "UA", [Q("intercepted", "drone", 40)], "drone",
      P("the Bryansk region", "Bryansk Oblast", "RU-BRY", "region"), N,
      "It also said air defence units had destroyed 100 Ukrainian drones over Russia overnight, 40 of them over the Bryansk region, which borders Ukraine."),
    C("infrastructure_damage", K("DTEK, Ukraine’s largest private energy company", "DTEK", "UA"), "RU", "UA",
      [Q("other", "other", 2)], "mixed", None, NIGHT("in the overnight attack", "2025-10-29"),
      "DTEK, Ukraine’s largest private energy company, said two of its thermal power plants were seriously damaged in the overnight attack, its fourth on the company’s generation facilities since the start of October."),
    C("infrastructure_damage", K("The grid operator, Ukrenergo", "Ukrenergo", "UA"), "RU", "UA", [], None,
      P("in most regions", "Ukraine", "UA", "country"), T("on Wednesday", "2025-10-29"),
      "The grid operator, Ukrenergo, said hourly power cuts would be applied to household and industrial consumers in most regions on Wednesday.",
      modality="planned"),
    C("casualties", K("the interior minister, Ihor Klymenko", "Ihor Klymenko", "UA"), "RU", "UA",
      [Q("killed", "person", 4, "at_least"), Q("injured", "person", 23)], "mixed",
      P("across Ukraine", "Ukraine", "UA", "country"), NIGHT("in the overnight attack", "2025-10-29"),
      "At least four people were killed, including a 10-year-old boy, and 23 were injured across Ukraine in the overnight attack, the interior minister, Ihor Klymenko, said."),
    C("strike", FED, "RU", "UA", [], "missile", ZAP, NN, FED_EV),
    C("infrastructure_damage", FED, "RU", "UA", [], "missile", ZAP, NN, FED_EV),
    C("casualties", FED, "RU", "UA", [Q("injured", "person", 3)], "missile", ZAP, NN, FED_EV),
    C("interception", KOZ, "UA", "RU", [Q("intercepted", "drone", 14), Q("intercepted", "missile", 2)], "mixed",
      P("the Lviv region", "Lviv Oblast", "UA-46", "region"), NIGHT("during the night", "2025-10-29"), KOZ_EV),
    C("infrastructure_damage", KOZ, "RU", "UA", [], "unknown", P("the town of Stryi", "Stryi", "UA-46", "settlement"),
      NIGHT("during the night", "2025-10-29"), KOZ_EV),
    C("strike", AF("Ukraine’s air force"), "RU", "UA",
      [Q("launched", "drone", 512), Q("launched", "missile", 37), Q("hit", "location", 19)], "mixed", None, N,
      "Ukraine’s air force said Russia had launched 512 drones and 37 missiles of various types overnight.\nAir defences shot down or suppressed 461 drones and 26 missiles, it said in a statement on Telegram, adding that hits were recorded at 19 locations."),
    C("interception", AF("it"), "UA", "RU", [Q("intercepted", "drone", 461), Q("intercepted", "missile", 26)], "mixed", None, NN,
      "Air defences shot down or suppressed 461 drones and 26 missiles, it said in a statement on Telegram"),
    C("strike", GUARDIAN, "RU", "UA", [], "mixed", P("Ukraine", "Ukraine", "UA", "country"), N,
      "Russia launched one of its largest combined drone and missile attacks of the war on Ukraine overnight, targeting power plants and gas production facilities as the country prepares for winter."),
    C("negotiation", K("Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UA"), "UA", None, [], None,
      P("Washington", "Washington", "US-DC", "settlement"), T("on Tuesday", "2025-10-28"),
      "Ukrainian President Volodymyr Zelenskyy said talks between Ukrainian and US officials in Washington on Tuesday had been “constructive”, and that his delegation had discussed air defence supplies and a possible framework for a ceasefire."),
]

AIRWATCH = [("launched", "drone", 512), ("launched", "missile", 37),
            ("intercepted", "drone", 461), ("intercepted", "missile", 26)]
