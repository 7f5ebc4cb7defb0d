# Politico-style sanctions story: mentions the war, holds no claim (sanctions and economic figures are out of scope).
from _lab import *

PUB = "2026-06-24"
META = {"id": "own25", "url": "https://www.politico.example/article/eu-agrees-21st-sanctions-package-russia-shadow-fleet-banks/",
        "retrieved_at": "2026-06-25T07:00:00+00:00"}
TITLE = "EU agrees 21st sanctions package against Russia, targeting shadow fleet and banks"
PUBLISHED = PUB
BYLINE = "Jonas Berglund"

TEXT = """
POLITICO
Europe
Newsletters
Podcasts
Poll of Polls
Policy news
Events
EU agrees 21st sanctions package against Russia, targeting shadow fleet and banks
Slovakia lifted its veto after winning assurances on gas prices.
June 24, 2026 4:10 pm CET
By Jonas Berglund
Listen
Share
¶BRUSSELS — EU ambassadors on Wednesday approved a 21st package of sanctions against Russia over its war in Ukraine, adding 105 more tankers of Moscow's so-called shadow fleet to the bloc's blacklist.
¶The package also bans transactions with 22 regional Russian banks and lowers the price cap on Russian crude oil to $44 a barrel, two diplomats told POLITICO.
¶Slovakia had held up the deal for three weeks, demanding guarantees on gas prices before lifting its veto.
¶"Every package makes it more expensive for the Kremlin to finance this war," EU foreign policy chief Kaja Kallas said in a statement.
¶The Kremlin called the measures illegal and said they would not affect Russia's economy, which the economy ministry says grew by 0.8 percent in the first quarter.
¶The U.K. announced parallel sanctions on 40 individuals and entities linked to Russia's military-industrial complex.
¶The package still has to be formally signed off by foreign ministers at their meeting in Luxembourg on Monday.
This article is part of POLITICO Pro
The one-stop-shop solution for policy professionals fusing the depth of POLITICO journalism with the power of technology
Discover more
Related Articles
Berlin pushes for faster defense procurement rules
Commission unveils plan to cut red tape for farmers
"""

CLAIMS = []
AIRWATCH = None
