# Aid story: financial and humanitarian pledges to Ukraine are out of scope; no weapons delivered to the front.
from _lab import *

PUB = "2023-07-11"
META = {"id": "own28", "url": "https://www.devex.example/news/imf-japan-world-bank-announce-new-support-for-ukraine-105702",
        "retrieved_at": "2023-07-12"}
TITLE = "IMF, Japan and World Bank announce new financial support for Ukraine"
PUBLISHED = PUB
BYLINE = "Ana Ferreira"

TEXT = """
Devex
News
Jobs
Funding
Events
Talent Solutions
IMF, Japan and World Bank announce new financial support for Ukraine
By Ana Ferreira // 11 July 2023
Sign up for our newsletter
¶The International Monetary Fund's executive board on Tuesday approved the disbursement of about $890 million to Ukraine after completing the first review of its four-year, $15.6 billion loan program.
¶The fund said Ukraine had met all of its structural benchmarks and that the economy was showing "remarkable resilience" despite the war.
¶Japan separately pledged $4.5 billion in budget support for this year, and the World Bank announced a $200 million grant to help pay the salaries of teachers and emergency workers.
¶"Predictable financing is what allows us to keep paying pensions and salaries on time," Finance Minister Serhiy Marchenko said in a statement.
¶Ukraine's government estimates it needs about $3 billion a month in external financing to cover its budget deficit.
¶Donors are expected to discuss longer-term reconstruction funding at a conference in London next year.
Printing articles to share with others is a breach of our terms and conditions and copyright policy. Please use the sharing options on the left side of the article.
Devex Pro
Get the news and insights you need
Related
How humanitarian funding for Ukraine has changed
"""

CLAIMS = []
AIRWATCH = None
