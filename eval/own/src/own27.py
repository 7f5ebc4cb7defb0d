# Opinion column about the war: analysis and views, no concrete event, so no claim.
from _lab import *

PUB = "2026-11-03"
META = {"id": "own27", "url": "https://www.project-syndicate.example/commentary/europe-ukraine-long-war-resilience-2026-11",
        "retrieved_at": "2026-11-04T09:30:00+00:00"}
TITLE = "Europe Must Plan for a Long War"
PUBLISHED = PUB
BYLINE = "Marta Szymanska"

TEXT = """
Project Syndicate
The World's Opinion Page
Commentary
Columnists
Sections
Europe Must Plan for a Long War
Nov 3, 2026
Marta Szymanska
Marta Szymanska is a senior fellow at the Centre for European Security Studies in Warsaw.
WARSAW – Policymakers in Europe still speak about the war in Ukraine as if it were an emergency that will soon pass. It will not, and the sooner governments accept this, the better they will prepare for what comes next.
¶WARSAW – Policymakers in Europe still speak about the war in Ukraine as if it were an emergency that will soon pass. It will not, and the sooner governments accept this, the better they will prepare for what comes next.
¶The lesson of the past years is that resilience matters more than any single weapon. Societies that keep their schools open, their power grids repaired and their politics functioning are the ones that endure.
¶Europe's defense industry has grown, but it remains fragmented. Twenty-seven procurement systems cannot match a single, determined adversary that plans in decades rather than electoral cycles.
¶Nor should Europeans assume that any settlement will end the danger. History suggests that agreements signed under pressure tend to be tested, and the 1994 Budapest Memorandum is a reminder of how little paper guarantees can be worth.
¶What Europe needs is not another summit declaration but a budget, a plan and the patience to carry both through.
Subscribe to Project Syndicate
Get unlimited access to all our commentaries
Subscribe Now
Copyright: Project Syndicate, 2026.
"""

CLAIMS = []
AIRWATCH = None
