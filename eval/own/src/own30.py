# Not about the war: a storm story with casualties that are not war claims (frontwire records war claims only).
from _lab import *

PUB = "2026-02-14"
META = {"id": "own30", "url": "https://www.euroweather.example/news/storm-brings-flooding-to-northern-italy",
        "retrieved_at": "2026-02-14T21:18:00+00:00"}
TITLE = "Storm brings flooding and landslides to northern Italy"
PUBLISHED = PUB
BYLINE = None

TEXT = """
EuroWeather
Forecasts
Radar
Warnings
News
Storm brings flooding and landslides to northern Italy
14.02.2026
¶Heavy rain from a Mediterranean storm caused flooding and landslides across Liguria and Piedmont on Saturday, forcing the evacuation of about 400 people, Italy's civil protection agency said.
¶A 71-year-old man died when his car was swept away by a swollen river near Genoa, and two firefighters were injured during a rescue, regional officials said.
¶More than 180 millimetres of rain fell in 12 hours in parts of the Ligurian hills, according to the regional weather service.
¶Rail services between Genoa and Turin were suspended for several hours, and schools in 35 municipalities will stay closed on Monday.
¶Forecasters expect the storm to move towards the Balkans on Sunday, bringing strong winds to the Adriatic coast.
Share this article
Related
Snow returns to the Alps after mild January
Ten-day forecast for Europe
"""

CLAIMS = []
AIRWATCH = None
