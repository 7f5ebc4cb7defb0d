# Wire factbox syndicated on a portal: running tallies since the start of the war (casualties, deportations, releases, damage).
from _lab import *

PUB = "2023-02-21"
META = {"id": "own16", "url": "https://news.yahoo.example/factbox-human-toll-war-ukraine-120501234.html",
        "retrieved_at": "2023-02-22T03:40:12+00:00"}
TITLE = "Factbox: The human toll of a year of war in Ukraine"
PUBLISHED = PUB
BYLINE = None

TEXT = """
Yahoo News
Sign in
Mail
Search the web
News
Finance
Sports
More
Factbox: The human toll of a year of war in Ukraine
Reuters
Tue, February 21, 2023 at 4:05 AM PST
3 min read
In this article:
¶(Reuters) - Russia's invasion of Ukraine, which began on Feb. 24 last year, has killed tens of thousands of people and driven millions from their homes. Here are some figures on the human cost of the war, Europe's biggest since 1945.
¶CIVILIANS
¶The U.N. human rights office said on Monday it had recorded 7,912 civilian deaths and 13,054 injuries in Ukraine since the invasion, but that the real figures were likely considerably higher.
¶Ukraine's prosecutor general's office said at least 461 children had been killed and more than 926 injured.
¶SOLDIERS
¶Neither side regularly publishes its own military losses. A senior Western official told reporters this month that Russia had suffered some 175,000 military casualties, killed or wounded.
¶Russia last gave an official death toll in September, when Defence Minister Sergei Shoigu put it at 6,018.
¶REFUGEES
¶The U.N. refugee agency says more than 8 million refugees from Ukraine have been recorded across Europe.
¶DETAINED AND DEPORTED
¶Ukraine's human rights ombudsman, Dmytro Lubinets, said 15,870 children had been deported to Russia since the start of the war, of whom 307 had been brought back.
¶Ukraine says 1,690 people have been freed from Russian captivity in prisoner exchanges.
¶HOMES AND POWER
¶The Kyiv School of Economics estimated in January that the war had damaged or destroyed almost 150,000 residential buildings.
¶Ukraine's energy ministry said Russian missile and drone strikes since October had damaged about 40% of the country's energy infrastructure.
(Compiled by Tom Balmforth and Max Hunder; Editing by Peter Graff)
View comments
Trending Now
1. Stocks slip as investors weigh Fed minutes
2. Winter storm to bring heavy snow to Upper Midwest
"""

OHCHR = ("The U.N. human rights office", "Office of the UN High Commissioner for Human Rights", "third_party")
PGO = ("Ukraine's prosecutor general's office", "Office of the Prosecutor General of Ukraine", "UA")
WEST = ("A senior Western official", "Western official", "third_party")
SHOIGU = ("Defence Minister Sergei Shoigu", "Sergei Shoigu", "RU")
LUB = ("Ukraine's human rights ombudsman, Dmytro Lubinets", "Dmytro Lubinets", "UA")
UA = ("Ukraine", "Ukraine", "UA")
KSE = ("The Kyiv School of Economics", "Kyiv School of Economics", "third_party")
MOE = ("Ukraine's energy ministry", "Ministry of Energy of Ukraine", "UA")

SINCE = since_war("since the invasion", PUB)
EV_LUB = ("Ukraine's human rights ombudsman, Dmytro Lubinets, said 15,870 children had been deported to Russia since the start "
          "of the war, of whom 307 had been brought back.")
EV_MOE = ("Ukraine's energy ministry said Russian missile and drone strikes since October had damaged about 40% of the country's "
          "energy infrastructure.")
SINCE_OCT = T("since October", "2022-10-01", PUB, "month")

CLAIMS = [
    C("casualties", OHCHR,
      "The U.N. human rights office said on Monday it had recorded 7,912 civilian deaths and 13,054 injuries in Ukraine since the invasion, but that the real figures were likely considerably higher.",
      actor="RU", target="UA", q=[Q("killed", "person", 7912, category="civilian"), Q("injured", "person", 13054, category="civilian")],
      place=UKRAINE(), time=SINCE),
    C("casualties", PGO, "Ukraine's prosecutor general's office said at least 461 children had been killed and more than 926 injured.",
      actor="RU", target="UA", q=[Q("killed", "person", 461, "at_least", "child"), Q("injured", "person", 926, "at_least", "child")],
      time=since_war(None, PUB)),
    C("casualties", WEST,
      "A senior Western official told reporters this month that Russia had suffered some 175,000 military casualties, killed or wounded.",
      actor="UA", target="RU", q=[Q("other", "person", 175000, "about", "military")], time=since_war(None, PUB)),
    C("casualties", SHOIGU, "Russia last gave an official death toll in September, when Defence Minister Sergei Shoigu put it at 6,018.",
      actor="UA", target="RU", q=[Q("killed", "person", 6018, category="military")],
      time=T("in September", "2022-02-24", "2022-09-30", "month")),
    C("capture", LUB, EV_LUB, actor="RU", target="UA", q=[Q("captured", "person", 15870, category="child")],
      place=RUSSIA("Russia"), time=since_war("since the start of the war", PUB)),
    C("prisoner_exchange", LUB, EV_LUB, q=[Q("released", "person", 307, category="child")],
      time=since_war("since the start of the war", PUB)),
    C("prisoner_exchange", UA, "Ukraine says 1,690 people have been freed from Russian captivity in prisoner exchanges.",
      q=[Q("released", "person", 1690, category="prisoner")], time=since_war(None, PUB)),
    C("infrastructure_damage", KSE,
      "The Kyiv School of Economics estimated in January that the war had damaged or destroyed almost 150,000 residential buildings.",
      actor="RU", target="UA", q=[Q("other", "other", 150000, "about")], time=T("in January", "2022-02-24", "2023-01-31", "month")),
    C("strike", MOE, EV_MOE, actor="RU", target="UA", weapon="mixed", time=SINCE_OCT),
    C("infrastructure_damage", MOE, EV_MOE, actor="RU", target="UA", q=[Q("other", "other", 40, "about")], weapon="mixed",
      time=SINCE_OCT),
]

AIRWATCH = None
