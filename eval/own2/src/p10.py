from lib import *

ID = "own2-10"
URL = "https://meduza.io/en/feature/2024/09/26/the-money-is-the-only-argument-left"
RETRIEVED = "2024-09-27"
DATE = "2024-09-26"
TITLE = "‘The money is the only argument left’ Russian regions race to find new contract soldiers as the Kremlin again rules out mobilization"
BYLINE = None

TEXT = """
Meduza
Stories
News
Shapito
Podcasts
The Real Russia. Today.
Support Meduza
EN
RU
Feature
‘The money is the only argument left’ Russian regions race to find new contract soldiers as the Kremlin again rules out mobilization
September 26, 2024
Source: Meduza
A recruitment billboard in Moscow reading “Service under contract — a choice for real men.” Photo: Sergei Fadeichev / TASS / Scanpix / LETA
¶Russia’s regional governments are offering ever-larger sign-up payments to men who agree to fight in Ukraine, as the pace of voluntary recruitment appears to be slowing. This is Meduza’s summary of what is known.
¶The numbers
¶Former president Dmitry Medvedev, who now serves as deputy chairman of Russia’s Security Council, said on Wednesday that more than 212,000 people had signed contracts with the Defense Ministry since the start of the year. Independent demographers have questioned the figure, noting that it cannot be checked against any published data.
¶In the Belgorod region, the one-time payment for new recruits was raised this month to 1.5 million rubles (about $16,000), more than two years’ average wages for the region. At least 30 other regions have raised their payments since the summer.
¶Two sources in regional administrations told Meduza that they had been given quotas of 1,500 recruits each to be met by the end of the year, and that the Kremlin’s domestic policy directorate was monitoring their progress weekly.
¶“The money is the only argument left. Patriotism recruited who it could in 2022,” one of the sources said.
¶No new wave
¶Kremlin spokesman Dmitry Peskov repeated on Wednesday that there were no plans for a new wave of mobilization, calling reports to the contrary “provocations.” The partial mobilization of September 2022 remains the most unpopular decision of the war, according to sociologists at the Levada Center.
¶The war at home
¶The pressure on recruitment comes as the war increasingly reaches Russian territory. Ukrainian forces have held part of the Kursk region since their cross-border offensive began on August 6.
¶Overnight on Thursday, debris from drones shot down by air defenses fell on an industrial site in the city of Engels in the Saratov region, starting a fire, Governor Roman Busargin said. Two people were injured, he said.
¶The independent Telegram channel Astra reported, citing local residents, that at least five explosions were heard near the Engels air base, which hosts Russia’s strategic bombers.
¶Also on Thursday, the FSB said it had detained a 19-year-old resident of Kursk who, it alleges, was preparing to set fire to a railway relay cabinet on the instructions of Ukrainian intelligence. The young man faces a charge of sabotage, which carries a sentence of up to 20 years.
¶Attacks online
¶On Wednesday, Ukraine’s military intelligence agency (HUR) claimed responsibility for a cyberattack that disrupted the online services of several Russian banks and the Gosuslugi government services portal for much of the day.
¶Russia’s Digital Development Ministry confirmed what it called “a massive DDoS attack from abroad” but said that all services had been restored by the evening.
¶What it means
¶Military analysts interviewed by Meduza believe that the Kremlin will try to avoid a new mobilization at least until the spring, relying instead on money and on recruiting from prisons and among migrants. “Each new recruit costs more than the last one,” one of them said. “Sooner or later the budget will decide for them.”
Meduza
Support Meduza’s journalism
Independent reporting in Russia is banned. Meduza relies on its readers.
Donate
More stories
How Russia’s prisons became a recruitment office
The Kursk incursion, six weeks on
© 2014–2024 Meduza
"""

MEDUZA = K(None, "Meduza", "media")
BUS = K("Governor Roman Busargin", "Roman Busargin", "RU")
ENGELS = P("the city of Engels", "Engels", "RU-SAR", "settlement")
THU = T("Overnight on Thursday", "2024-09-25T18:00", "2024-09-26T09:00", "part_of_day")
HUR = K("Ukraine’s military intelligence agency (HUR)", "Defence Intelligence of Ukraine (HUR)", "UA")

CLAIMS = [
    C("mobilization", K("Former president Dmitry Medvedev", "Dmitry Medvedev", "RU"), "RU", None,
      [Q("other", "person", 212000, "at_least", "military")], None, None,
      T("since the start of the year", "2024-01-01", "2024-09-25", "month"),
      "Former president Dmitry Medvedev, who now serves as deputy chairman of Russia’s Security Council, said on Wednesday that more than 212,000 people had signed contracts with the Defense Ministry since the start of the year. Independent demographers have questioned the figure, noting that it cannot be checked against any published data.",
      status="unconfirmed"),
    C("mobilization", K("Two sources in regional administrations", None, "RU"), "RU", None,
      [Q("other", "person", 1500)], None, None, T("by the end of the year", "2024-09-26", "2024-12-31", "month"),
      "Two sources in regional administrations told Meduza that they had been given quotas of 1,500 recruits each to be met by the end of the year",
      modality="planned"),
    C("mobilization", K("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "RU"), "RU", None, [], None, None, None,
      "Kremlin spokesman Dmitry Peskov repeated on Wednesday that there were no plans for a new wave of mobilization",
      modality="negated"),
    C("territorial_change", MEDUZA, "UA", "RU", [], None, P("the Kursk region", "Kursk Oblast", "RU-KRS", "region"),
      T("since their cross-border offensive began on August 6", "2024-08-06", "2024-09-26", "month"),
      "Ukrainian forces have held part of the Kursk region since their cross-border offensive began on August 6."),
    C("interception", BUS, "RU", "UA", [], "drone", ENGELS, THU,
      "Overnight on Thursday, debris from drones shot down by air defenses fell on an industrial site in the city of Engels in the Saratov region, starting a fire, Governor Roman Busargin said."),
    C("infrastructure_damage", BUS, "UA", "RU", [], "drone", ENGELS, THU,
      "Overnight on Thursday, debris from drones shot down by air defenses fell on an industrial site in the city of Engels in the Saratov region, starting a fire, Governor Roman Busargin said."),
    C("casualties", K("he", "Roman Busargin", "RU"), "UA", "RU", [Q("injured", "person", 2)], "drone", ENGELS, THU,
      "Two people were injured, he said."),
    C("strike", K("The independent Telegram channel Astra", "Astra", "media"), "UA", "RU", [Q("other", "other", 5, "at_least")], "unknown",
      P("the Engels air base", "Engels air base", "RU-SAR", "point"), THU,
      "The independent Telegram channel Astra reported, citing local residents, that at least five explosions were heard near the Engels air base, which hosts Russia’s strategic bombers."),
    C("capture", K("the FSB", "Federal Security Service of Russia (FSB)", "RU"), "RU", None, [], None,
      P("Kursk", "Kursk", "RU-KRS", "settlement"), T("on Thursday", "2024-09-26"),
      "Also on Thursday, the FSB said it had detained a 19-year-old resident of Kursk who, it alleges, was preparing to set fire to a railway relay cabinet on the instructions of Ukrainian intelligence."),
    C("cyber", HUR, "UA", "RU", [], None, None, T("On Wednesday", "2024-09-25"),
      "On Wednesday, Ukraine’s military intelligence agency (HUR) claimed responsibility for a cyberattack that disrupted the online services of several Russian banks and the Gosuslugi government services portal for much of the day.",
      status="confirmed"),
    C("cyber", K("Russia’s Digital Development Ministry", "Ministry of Digital Development of Russia", "RU"), "unknown", "RU", [], None, None,
      T(None, "2024-09-25"),
      "Russia’s Digital Development Ministry confirmed what it called “a massive DDoS attack from abroad” but said that all services had been restored by the evening."),
]
