# Cybersecurity-news style: a cyberattack on Ukrainian services, attribution, Ukrainian hacking claims, Russian DDoS claims.
from _lab import *

PUB = "2026-07-22"
META = {"id": "own13", "url": "https://therecord.example/oschadbank-diia-cyberattack-ukraine-sandworm",
        "retrieved_at": "2026-07-23T02:11:37+00:00"}
TITLE = "Cyberattack knocks out Oschadbank app and Diia services; Ukraine blames Russian military hackers"
PUBLISHED = PUB
BYLINE = "Marta Leshchenko"

TEXT = """
Recorded Future News
Leadership
Cybercrime
Nation-state
Elections
Technology
Cyber Daily
Click Here Podcast
Cyberattack knocks out Oschadbank app and Diia services; Ukraine blames Russian military hackers
Marta Leshchenko
July 22nd, 2026
Image: Unsplash
¶A cyberattack disrupted the mobile app of Ukraine's state-owned Oschadbank and several services of the Diia government portal for about nine hours on Tuesday, Ukrainian officials said.
¶Ukraine's Security Service (SBU) said on Wednesday that the attack had been carried out by Sandworm, a hacking group linked to Russia's military intelligence agency, the GRU. The Kremlin did not respond to a request for comment.
¶The Ministry of Digital Transformation said all services had been restored by Wednesday morning.
¶Separately, Ukraine's military intelligence agency (HUR) said its cyber specialists had disabled the website and online payment systems of a Russian internet provider in the occupied city of Melitopol for 36 hours.
¶HUR also said it had obtained and published the personal data of 1,300 Russian servicemen deployed in the Zaporizhzhia region.
¶Russian state media reported on Tuesday that a Ukrainian distributed denial-of-service attack had briefly disrupted the websites of several regional governments in Russia, including in the Belgorod and Kursk regions.
¶In March, a cyberattack on Ukraine's state railway, Ukrzaliznytsia, took down its online ticketing system for several days.
Get more insights with the Recorded Future Intelligence Cloud.
Learn more.
Tags
Ukraine
Russia
Sandworm
GRU
Marta Leshchenko is a reporter for Recorded Future News covering cybersecurity in Eastern Europe.
No previous article
Next article
"""

OFF = ("Ukrainian officials", "Ukrainian officials", "UA")
SBU = ("Ukraine's Security Service (SBU)", "Security Service of Ukraine", "UA")
MDT = ("The Ministry of Digital Transformation", "Ministry of Digital Transformation of Ukraine", "UA")
HUR = ("Ukraine's military intelligence agency (HUR)", "Defence Intelligence of Ukraine", "UA")
HUR2 = ("HUR", "Defence Intelligence of Ukraine", "UA")
RUSM = ("Russian state media", "Russian state media", "RU")
REC = (None, "Recorded Future News", "media")

TUE = weekday("on Tuesday", "Tuesday", PUB)
EV_RU = ("Russian state media reported on Tuesday that a Ukrainian distributed denial-of-service attack had briefly disrupted the "
         "websites of several regional governments in Russia, including in the Belgorod and Kursk regions.")

CLAIMS = [
    C("cyber", OFF,
      "A cyberattack disrupted the mobile app of Ukraine's state-owned Oschadbank and several services of the Diia government portal for about nine hours on Tuesday, Ukrainian officials said.",
      actor="unknown", target="UA", time=TUE),
    C("cyber", SBU,
      "Ukraine's Security Service (SBU) said on Wednesday that the attack had been carried out by Sandworm, a hacking group linked to Russia's military intelligence agency, the GRU. The Kremlin did not respond to a request for comment.",
      actor="RU", target="UA", time=TUE, status="unconfirmed"),
    C("cyber", MDT, "The Ministry of Digital Transformation said all services had been restored by Wednesday morning.",
      actor="RU", target="UA", time=TUE),
    C("cyber", HUR,
      "Separately, Ukraine's military intelligence agency (HUR) said its cyber specialists had disabled the website and online payment systems of a Russian internet provider in the occupied city of Melitopol for 36 hours.",
      actor="UA", target="RU", place=P("the occupied city of Melitopol", "Melitopol", "UA", "UA-23", "settlement")),
    C("cyber", HUR2,
      "HUR also said it had obtained and published the personal data of 1,300 Russian servicemen deployed in the Zaporizhzhia region.",
      actor="UA", target="RU", q=[Q("other", "person", 1300, category="military")],
      place=P("the Zaporizhzhia region", "Zaporizhzhia Oblast", "UA", "UA-23", "region")),
    C("cyber", RUSM, EV_RU, actor="UA", target="RU",
      place=P("the Belgorod and Kursk regions", "Belgorod Oblast", "RU", "RU-BEL", "region"), time=TUE),
    C("cyber", RUSM, EV_RU, actor="UA", target="RU",
      place=P("the Belgorod and Kursk regions", "Kursk Oblast", "RU", "RU-KRS", "region"), time=TUE),
    C("cyber", REC,
      "In March, a cyberattack on Ukraine's state railway, Ukrzaliznytsia, took down its online ticketing system for several days.",
      actor="unknown", target="UA", time=T("In March", "2026-03-01", "2026-03-31", "month")),
]

AIRWATCH = None
