# Not about the war: a football match report full of numbers (scores, minutes, ages, attendance).
from _lab import *

PUB = "2025-05-10"
META = {"id": "own29", "url": "https://www.sportsdesk.example/football/bundesliga/leverkusen-stuttgart-report-2025-05-10",
        "retrieved_at": "2025-05-11T06:00:00+00:00"}
TITLE = "Leverkusen beat Stuttgart 3-1 to keep title hopes alive"
PUBLISHED = PUB
BYLINE = "Tobias Reiner"

TEXT = """
Sports Desk
Football
Tennis
Formula 1
Cycling
Results
Leverkusen beat Stuttgart 3-1 to keep title hopes alive
By Tobias Reiner
Saturday 10 May 2025 19:42 CEST
¶Bayer Leverkusen came from behind to beat VfB Stuttgart 3-1 on Saturday and stay within two points of the Bundesliga leaders with one match left.
¶Stuttgart took the lead after 12 minutes through a header from their 23-year-old striker, but Leverkusen equalised five minutes before half-time.
¶Two goals in eight minutes after the break, the second a 25-metre shot, settled the match in front of a crowd of 30,210.
¶"We showed character today," Leverkusen's coach told reporters. "Now we need three more points and some help from elsewhere."
¶Stuttgart, who have lost four of their last six matches, stay ninth.
Advertisement
More football
Arsenal confirm summer signing
Women's Champions League final preview
"""

CLAIMS = []
AIRWATCH = None
