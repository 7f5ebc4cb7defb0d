from lib import *

ID = "own2-05"
URL = "https://www.cnn.com/2026/04/08/europe/zaporizhzhia-missile-strike-tram-depot-market-intl"
PUBLISHED = "2026-04-08"
DATE = "2026-04-08"
TITLE = "Russian missiles hit tram depot and market in Zaporizhzhia, killing at least 11"
BYLINE = "Olha Tymchenko and James Harding, CNN"

TEXT = """
Russian missiles hit tram depot and market in Zaporizhzhia, killing at least 11 | CNN
Sign in
Ad Feedback
Burnt-out trams stand inside a depot in Zaporizhzhia, Ukraine, on April 8, 2026, the morning after a Russian missile strike.
Dmytro Smolienko/Reuters
Russian missiles hit tram depot and market in Zaporizhzhia, killing at least 11
By Olha Tymchenko and James Harding, CNN
6 min read
Updated 9:14 AM EDT, Wed April 8, 2026
Link Copied!
Follow:
Ukraine
See all topics
¶Zaporizhzhia, Ukraine —
¶Two Russian ballistic missiles slammed into a tram depot and a nearby covered market in the southeastern Ukrainian city of Zaporizhzhia on Tuesday evening, killing at least 11 people and wounding 47, according to the regional governor, Ivan Fedorov.
¶Among the dead were two children, Fedorov said on Telegram, as rescuers kept searching the rubble of the market hall into Wednesday morning.
¶A CNN team at the scene saw the charred shells of at least four trams and a row of market stalls flattened by the blast. The smell of burnt rubber hung over the street hours later.
¶“I heard the first explosion and ran into the tram shed to get the others out. Then the second one came,” said Mykola, a 52-year-old tram driver who asked that his surname not be used. His forearms were wrapped in fresh bandages.
¶Russia’s Defense Ministry said it had struck “a temporary deployment point of units of the Ukrainian armed forces” in Zaporizhzhia with Iskander missiles. Ukrainian officials rejected the claim, saying the depot and the market were civilian sites with no military presence.
¶“This is how Russia responds to every proposal for a ceasefire,” Ukrainian President Volodymyr Zelensky said in his nightly address, urging the United States and Europe to increase pressure on Moscow.
Related article
Ukraine’s frontline cities are learning to live underground
¶A city on the front
¶Zaporizhzhia, a Cossack stronghold in the 16th century and later a showcase of Soviet industrialization with its giant Dnipro dam, was home to more than 700,000 people before the full-scale invasion. Many have since left, but most of its factories and shops have stayed open.
¶The city now lies about 30 kilometers (19 miles) from the front line. Since the start of the year, Russian forces have been pushing toward it from the south and east, trying to bring its outskirts within range of their artillery and short-range drones.
¶“Russia’s logic is to make life in frontline cities impossible, so that people leave and the army can walk in afterwards,” said Olena Sydorenko, a military analyst with a Kyiv-based research group. “We have seen this in Kharkiv, in Kherson, in Sumy. It has not worked so far.”
¶The United Nations Human Rights Monitoring Mission in Ukraine said in March that at least 2,340 civilians had been killed in the Zaporizhzhia region since February 2022, the majority of them in strikes on the regional capital and the towns along the front.
¶Overnight, Russian drones also hit energy infrastructure in the neighboring Dnipropetrovsk region, leaving about 12,000 customers without power, the regional administration said.
¶Talks without a truce
¶The strike came a day after US special envoy Steve Witkoff said he planned to travel to Moscow next week to discuss a ceasefire proposal with Russian President Vladimir Putin. The Kremlin confirmed on Tuesday that a visit was being discussed.
¶Previous rounds of diplomacy have produced exchanges of prisoners and the bodies of fallen soldiers, but no agreement on halting the fighting. Moscow has repeatedly said it wants any deal to address what it calls the “root causes” of the conflict, a phrase Kyiv and its allies see as code for Ukraine’s capitulation.
¶For the residents of Zaporizhzhia, the diplomacy feels remote. “They talk, and we bury people,” said Halyna, a market trader whose stall was destroyed. “I have been selling vegetables here for 22 years. Tomorrow I will start again.”
Ad Feedback
Ad Feedback
Related Video
Video shows aftermath of missile strike in Ukrainian city
Search CNN...
Sign in
My Account
Settings
Newsletters
Topics you follow
Sign out
Your CNN account
Sign in to your CNN account
Live TV
Listen
Watch
World
Africa
Americas
Asia
Australia
China
Europe
India
Middle East
United Kingdom
Terms of Use
Privacy Policy
Manage Cookies
Ad Choices
Accessibility & CC
About
Newsletters
Transcripts
© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.
CNN Sans ™ & © 2016 Cable News Network.
"""

FED = K("the regional governor, Ivan Fedorov", "Ivan Fedorov", "UA")
ZAP = P("Zaporizhzhia", "Zaporizhzhia", "UA-23", "settlement")
TUE = T("on Tuesday evening", "2026-04-07T18:00", "2026-04-08T00:00", "part_of_day")
TUE_ = T(None, "2026-04-07T18:00", "2026-04-08T00:00", "part_of_day")
CNN = K(None, "CNN", "media")
EV1 = "Two Russian ballistic missiles slammed into a tram depot and a nearby covered market in the southeastern Ukrainian city of Zaporizhzhia on Tuesday evening, killing at least 11 people and wounding 47, according to the regional governor, Ivan Fedorov."
DNIPRO_RA = K("the regional administration", "Dnipropetrovsk Regional Military Administration", "UA")

CLAIMS = [
    C("strike", FED, "RU", "UA", [Q("hit", "missile", 2)], "missile", ZAP, TUE, EV1),
    C("casualties", FED, "RU", "UA",
      [Q("killed", "person", 11, "at_least"), Q("injured", "person", 47), Q("killed", "person", 2, "exact", "child")],
      "missile", ZAP, TUE,
      EV1 + "\nAmong the dead were two children, Fedorov said on Telegram"),
    C("infrastructure_damage", CNN, "RU", "UA", [Q("destroyed", "vehicle", 4, "at_least")], "missile", ZAP, TUE_,
      "A CNN team at the scene saw the charred shells of at least four trams and a row of market stalls flattened by the blast."),
    C("strike", K("Mykola, a 52-year-old tram driver", "Mykola", "UA"), "RU", "UA", [], "missile", ZAP, TUE_,
      "“I heard the first explosion and ran into the tram shed to get the others out. Then the second one came,” said Mykola, a 52-year-old tram driver who asked that his surname not be used."),
    C("strike", K("Russia’s Defense Ministry", "Russian Ministry of Defence", "RU"), "RU", "UA", [], "missile", ZAP, None,
      "Russia’s Defense Ministry said it had struck “a temporary deployment point of units of the Ukrainian armed forces” in Zaporizhzhia with Iskander missiles. Ukrainian officials rejected the claim, saying the depot and the market were civilian sites with no military presence.",
      status="denied"),
    C("ground_combat", CNN, "RU", "UA", [], None, ZAP, T("Since the start of the year", "2026-01-01", "2026-04-08", "month"),
      "Since the start of the year, Russian forces have been pushing toward it from the south and east, trying to bring its outskirts within range of their artillery and short-range drones."),
    C("casualties", K("The United Nations Human Rights Monitoring Mission in Ukraine", "UN Human Rights Monitoring Mission in Ukraine", "third_party"),
      "RU", "UA", [Q("killed", "person", 2340, "at_least", "civilian")], None,
      P("the Zaporizhzhia region", "Zaporizhzhia Oblast", "UA-23", "region"), SINCE_WAR("since February 2022", "2026-03-31"),
      "The United Nations Human Rights Monitoring Mission in Ukraine said in March that at least 2,340 civilians had been killed in the Zaporizhzhia region since February 2022"),
    C("strike", DNIPRO_RA, "RU", "UA", [], "drone", P("the neighboring Dnipropetrovsk region", "Dnipropetrovsk Oblast", "UA-12", "region"),
      NIGHT("Overnight", "2026-04-08"),
      "Overnight, Russian drones also hit energy infrastructure in the neighboring Dnipropetrovsk region, leaving about 12,000 customers without power, the regional administration said."),
    C("infrastructure_damage", DNIPRO_RA, "RU", "UA", [Q("other", "other", 12000, "about")], "drone",
      P("the neighboring Dnipropetrovsk region", "Dnipropetrovsk Oblast", "UA-12", "region"), NIGHT("Overnight", "2026-04-08"),
      "Overnight, Russian drones also hit energy infrastructure in the neighboring Dnipropetrovsk region, leaving about 12,000 customers without power, the regional administration said."),
    C("negotiation", K("US special envoy Steve Witkoff", "Steve Witkoff", "third_party"), "third_party", None, [], None,
      P("Moscow", "Moscow", "RU-MOW", "settlement"), T("next week", "2026-04-13", "2026-04-19", "week"),
      "The strike came a day after US special envoy Steve Witkoff said he planned to travel to Moscow next week to discuss a ceasefire proposal with Russian President Vladimir Putin. The Kremlin confirmed on Tuesday that a visit was being discussed.",
      modality="planned", status="confirmed"),
    C("negotiation", K("The Kremlin", "Kremlin", "RU"), None, None, [], None, None, None,
      "The Kremlin confirmed on Tuesday that a visit was being discussed.", modality="planned"),
]
