# Economy story: the war as background only; interest rates, inflation, growth and exports are out of scope.
from _lab import *

PUB = "2024-04-25"
META = {"id": "own26", "url": "https://www.ft.example/content/ukraine-central-bank-cuts-rates-2024-04-25",
        "published": "2024-04-25T13:05:00+00:00"}
TITLE = "Ukraine's central bank cuts key rate to 13.5% as inflation slows"
PUBLISHED = PUB
BYLINE = "Petra Lind in Kyiv"

TEXT = """
Financial Times
Subscribe
Sign In
Home
World
US
Companies
Tech
Markets
Climate
Opinion
Ukraine's central bank cuts key rate to 13.5% as inflation slows
Governor says wartime economy is adapting but risks remain high
Petra Lind in Kyiv
Published April 25 2024
¶Ukraine's central bank cut its main interest rate by half a percentage point to 13.5 per cent on Thursday, its third cut this year, saying inflation had slowed more than expected.
¶Consumer prices rose 3.2 per cent year on year in March, down from 4.3 per cent in February, according to the state statistics service.
¶"The economy continues to adapt to wartime conditions," National Bank of Ukraine governor Andriy Pyshnyi told reporters. He said the bank expected growth of 3 per cent this year.
¶Ukraine's economy grew 5.3 per cent last year after shrinking by almost a third in 2022, the year Russia launched its full-scale invasion.
¶Grain exports through the country's Black Sea ports reached 5.4mn tonnes in March, the highest monthly figure since before the war, according to the agriculture ministry.
¶The hryvnia has weakened about 3 per cent against the dollar since the start of the year. The central bank said it would keep intervening to smooth volatility.
¶Analysts at Dragon Capital, a Kyiv investment firm, said further cuts were likely in June if inflation stayed below 5 per cent.
Reuse this content
Promoted Content
Follow the topics in this article
Ukraine
Central banks
Copyright The Financial Times Limited 2024. All rights reserved.
"""

CLAIMS = []
AIRWATCH = None
