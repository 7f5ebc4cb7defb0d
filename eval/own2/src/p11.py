from lib import *

ID = "own2-11"
URL = "https://tass.com/politics/1632917"
RETRIEVED = "2023-06-14T12:02:45+00:00"
DATE = "2023-06-14"
TITLE = "Russian forces repel six Ukrainian attacks in Zaporozhye area over past day — top brass"
BYLINE = None

TEXT = """
Russian forces repel six Ukrainian attacks in Zaporozhye area over past day — top brass - Military & Defense - TASS
TASS
Russian Politics & Diplomacy
World
Business & Economy
Military & Defense
Science & Space
Emergencies
Society & Culture
Press Review
Sports
Military operation in Ukraine
Russian forces repel six Ukrainian attacks in Zaporozhye area over past day — top brass
The enemy's losses amounted to up to 310 troops, the ministry said
Military & Defense
14 JUN 2023, 10:47
¶MOSCOW, June 14. /TASS/. Russian forces repelled six attacks by Ukrainian assault groups in the Zaporozhye area over the past day, inflicting heavy losses on the enemy, the Russian Defense Ministry reported on Wednesday.
¶"In the Zaporozhye direction, units of the Vostok group of forces, supported by aircraft and artillery fire, repelled attacks by enemy assault groups near the settlements of Rabotino, Pyatikhatki and Novodanilovka," the ministry said in a statement.
¶The enemy's losses amounted to up to 310 troops, eight tanks, including three Leopard tanks, and 12 infantry fighting vehicles, including Bradley vehicles, the ministry specified.
¶"In the Donetsk direction, units of the Yug group of forces improved their tactical position and repelled three enemy attacks near the settlements of Krasnogorovka and Maryinka of the Donetsk People's Republic," the ministry said.
¶Russian forces also delivered a strike with high-precision weapons on a temporary deployment point of the Ukrainian army's 47th mechanized brigade near the town of Orekhov in the Zaporozhye Region, the ministry reported.
¶"Over the past day, air defense capabilities shot down four Storm Shadow long-range cruise missiles and 21 unmanned aerial vehicles," the ministry said.
¶Since the start of the special military operation, Russian air defenses have shot down 4,532 Ukrainian unmanned aerial vehicles, according to the ministry's data.
¶The Kiev regime launched its long-announced counteroffensive in early June, relying on Western-supplied armor. Kremlin Spokesman Dmitry Peskov told reporters on Wednesday that the counteroffensive was "not achieving its goals" and that the special military operation would continue until its objectives were met.
¶In the Belgorod Region, Ukrainian troops shelled the town of Shebekino with multiple rocket launchers overnight, injuring two civilians and damaging a school and several residential houses, Governor Vyacheslav Gladkov wrote on his Telegram channel.
¶Russian High Commissioner for Human Rights Tatyana Moskalkova said she had handed her Ukrainian counterpart lists of more than 500 Russian servicemen held in Ukraine and expected that they would be included in future exchanges.
Tags
Military operation in Ukraine
Russian Defense Ministry
Ukraine
Read also
Russian sappers clear mines in Zaporozhye Region
Moskalkova discusses prisoner lists with Ukrainian ombudsman
TASS
Founded in 1902
Editorial office
Subscription
Advertising
Privacy policy
© TASS 2023. When reproducing our materials, a hyperlink to TASS is required
"""

MOD = lambda t: K(t, "Russian Ministry of Defence", "RU")
DAY = T("over the past day", "2023-06-13", "2023-06-14", "day")
DAY2 = T("Over the past day", "2023-06-13", "2023-06-14", "day")
DAY_ = T(None, "2023-06-13", "2023-06-14", "day")
ZAP_EV = "\"In the Zaporozhye direction, units of the Vostok group of forces, supported by aircraft and artillery fire, repelled attacks by enemy assault groups near the settlements of Rabotino, Pyatikhatki and Novodanilovka,\" the ministry said in a statement."
DON_EV = "\"In the Donetsk direction, units of the Yug group of forces improved their tactical position and repelled three enemy attacks near the settlements of Krasnogorovka and Maryinka of the Donetsk People's Republic,\" the ministry said."
GLAD = K("Governor Vyacheslav Gladkov", "Vyacheslav Gladkov", "RU")
SHEB = P("the town of Shebekino", "Shebekino", "RU-BEL", "settlement")
GLAD_EV = "In the Belgorod Region, Ukrainian troops shelled the town of Shebekino with multiple rocket launchers overnight, injuring two civilians and damaging a school and several residential houses, Governor Vyacheslav Gladkov wrote on his Telegram channel."
N = NIGHT("overnight", "2023-06-14")

CLAIMS = [
    C("ground_combat", MOD("the Russian Defense Ministry"), "UA", "RU", [Q("engagements", "engagement", 6)], None,
      P("the Zaporozhye area", "Zaporizhzhia direction", "UA-23", "district"), DAY,
      "MOSCOW, June 14. /TASS/. Russian forces repelled six attacks by Ukrainian assault groups in the Zaporozhye area over the past day, inflicting heavy losses on the enemy, the Russian Defense Ministry reported on Wednesday."),
] + [
    C("ground_combat", MOD("the ministry"), "UA", "RU", [], None, P(t, n, "UA-23", "settlement"), DAY_, ZAP_EV)
    for t, n in [("Rabotino", "Robotyne"), ("Pyatikhatki", "Piatykhatky"), ("Novodanilovka", "Novodanylivka")]
] + [
    C("casualties", MOD("the ministry"), "RU", "UA", [Q("other", "person", 310, "at_most", "military")], None,
      P("the Zaporozhye area", "Zaporizhzhia direction", "UA-23", "district"), DAY_,
      "The enemy's losses amounted to up to 310 troops, eight tanks, including three Leopard tanks, and 12 infantry fighting vehicles, including Bradley vehicles, the ministry specified."),
    C("ground_combat", MOD("the ministry"), "RU", "UA",
      [Q("destroyed", "vehicle", 8), Q("destroyed", "vehicle", 3), Q("destroyed", "vehicle", 12)], None,
      P("the Zaporozhye area", "Zaporizhzhia direction", "UA-23", "district"), DAY_,
      "The enemy's losses amounted to up to 310 troops, eight tanks, including three Leopard tanks, and 12 infantry fighting vehicles, including Bradley vehicles, the ministry specified."),
    C("ground_combat", MOD("the ministry"), "UA", "RU", [Q("engagements", "engagement", 3)], None,
      P("the Donetsk direction", "Donetsk direction", "UA-14", "district"), DAY_, DON_EV),
] + [
    C("ground_combat", MOD("the ministry"), "UA", "RU", [], None, P(t, n, "UA-14", "settlement"), DAY_, DON_EV)
    for t, n in [("Krasnogorovka", "Krasnohorivka"), ("Maryinka", "Marinka")]
] + [
    C("territorial_change", MOD("the ministry"), "RU", "UA", [], None,
      P("the Donetsk direction", "Donetsk direction", "UA-14", "district"), DAY_, DON_EV),
    C("strike", MOD("the ministry"), "RU", "UA", [], "unknown", P("the town of Orekhov", "Orikhiv", "UA-23", "settlement"), None,
      "Russian forces also delivered a strike with high-precision weapons on a temporary deployment point of the Ukrainian army's 47th mechanized brigade near the town of Orekhov in the Zaporozhye Region, the ministry reported."),
    C("interception", MOD("the ministry"), "RU", "UA", [Q("intercepted", "missile", 4), Q("intercepted", "drone", 21)], "mixed", None, DAY2,
      "\"Over the past day, air defense capabilities shot down four Storm Shadow long-range cruise missiles and 21 unmanned aerial vehicles,\" the ministry said."),
    C("interception", K("the ministry's data", "Russian Ministry of Defence", "RU"), "RU", "UA",
      [Q("intercepted", "drone", 4532)], "drone", None,
      SINCE_WAR("Since the start of the special military operation", "2023-06-14"),
      "Since the start of the special military operation, Russian air defenses have shot down 4,532 Ukrainian unmanned aerial vehicles, according to the ministry's data."),
    C("ground_combat", K("TASS", "TASS", "RU"), "UA", "RU", [], None, None,
      T("in early June", "2023-06-01", "2023-06-10", "month"),
      "The Kiev regime launched its long-announced counteroffensive in early June, relying on Western-supplied armor."),
    C("strike", GLAD, "UA", "RU", [], "artillery", SHEB, N, GLAD_EV),
    C("casualties", GLAD, "UA", "RU", [Q("injured", "person", 2, "exact", "civilian")], "artillery", SHEB, N, GLAD_EV),
    C("infrastructure_damage", GLAD, "UA", "RU", [], "artillery", SHEB, N, GLAD_EV),
    C("prisoner_exchange", K("Russian High Commissioner for Human Rights Tatyana Moskalkova", "Tatyana Moskalkova", "RU"), None, None,
      [Q("other", "person", 500, "at_least", "prisoner")], None, None, None,
      "Russian High Commissioner for Human Rights Tatyana Moskalkova said she had handed her Ukrainian counterpart lists of more than 500 Russian servicemen held in Ukraine and expected that they would be included in future exchanges.",
      modality="planned"),
]
