# RFE/RL-style report of a prisoner exchange: both sides' figures, bodies repatriated, the ombudsman's running tally.
from _lab import *

PUB = "2026-05-16"
META = {"id": "own10", "url": "https://www.rferl.example/a/ukraine-russia-prisoner-exchange-uae/33771204.html",
        "retrieved_at": "2026-05-17T09:14:00+00:00"}
TITLE = "Ukraine, Russia Swap 205 Prisoners Each In UAE-Brokered Exchange"
PUBLISHED = PUB
BYLINE = "RFE/RL's Ukrainian Service"

TEXT = """
RFE/RL
Radio Free Europe Radio Liberty
Ukraine
Russia
Belarus
Central Asia
Ukraine, Russia Swap 205 Prisoners Each In UAE-Brokered Exchange
May 16, 2026 14:22 GMT
By RFE/RL's Ukrainian Service
Share
Comments
Print
Ukrainian prisoners of war react after their release in a prisoner swap at an undisclosed location on May 16.
¶Ukraine and Russia exchanged 205 prisoners of war each on May 16 in a swap mediated by the United Arab Emirates, officials on both sides said.
¶"Our people are home," President Volodymyr Zelenskyy wrote on Telegram, adding that those returned included soldiers who had defended Mariupol and the Azovstal steel plant in 2022, as well as border guards and National Guard members.
¶Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 12 of the freed men had been held in captivity since 2022 and that two civilians were also returned.
¶Russia's Defense Ministry said 205 Russian servicemen had been returned from Ukrainian-controlled territory and were currently in Belarus, where they were receiving psychological and medical assistance.
¶In a separate repatriation, Ukraine received the bodies of 909 people that Russia said were Ukrainian soldiers, while 41 bodies were handed over to Moscow, the Coordination Headquarters said.
¶Ombudsman Dmytro Lubinets said it was the 71st exchange since the start of the full-scale invasion and that 6,112 Ukrainians have been freed from Russian captivity in total.
¶Lubinets also said Ukraine had handed the International Committee of the Red Cross a list of 1,200 civilians it believes are being held illegally in Russia.
¶Russian and Ukrainian delegations last met for direct talks in Istanbul in March.
Most Popular
1
Ukrainian Cyclist Wins Stage At Giro d'Italia
2
Explainer: How Prisoner Swaps Between Kyiv And Moscow Work
Copyright (c) 2026. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.
"""

OFF_UA = ("officials on both sides", "Ukrainian officials", "UA")
OFF_RU = ("officials on both sides", "Russian officials", "RU")
ZEL = ("President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UA")
CHQ = ("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War",
       "Coordination Headquarters for the Treatment of Prisoners of War", "UA")
CHQ2 = ("the Coordination Headquarters", "Coordination Headquarters for the Treatment of Prisoners of War", "UA")
RUMOD = ("Russia's Defense Ministry", "Russian Ministry of Defence", "RU")
LUB = ("Ombudsman Dmytro Lubinets", "Dmytro Lubinets", "UA")
LUB2 = ("Lubinets", "Dmytro Lubinets", "UA")
RFE = (None, "RFE/RL", "media")

MAY16 = day("on May 16", PUB)
EV1 = ("Ukraine and Russia exchanged 205 prisoners of war each on May 16 in a swap mediated by the United Arab Emirates, "
       "officials on both sides said.")

CLAIMS = [
    C("prisoner_exchange", OFF_UA, EV1, q=[Q("released", "person", 205, category="prisoner")], time=MAY16),
    C("prisoner_exchange", OFF_RU, EV1, q=[Q("released", "person", 205, category="prisoner")], time=MAY16),
    C("prisoner_exchange", ZEL,
      "\"Our people are home,\" President Volodymyr Zelenskyy wrote on Telegram, adding that those returned included soldiers who had defended Mariupol and the Azovstal steel plant in 2022, as well as border guards and National Guard members.",
      time=MAY16),
    C("prisoner_exchange", CHQ,
      "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 12 of the freed men had been held in captivity since 2022 and that two civilians were also returned.",
      q=[Q("other", "person", 12, category="prisoner"), Q("released", "person", 2, category="civilian")], time=MAY16),
    C("prisoner_exchange", RUMOD,
      "Russia's Defense Ministry said 205 Russian servicemen had been returned from Ukrainian-controlled territory and were currently in Belarus, where they were receiving psychological and medical assistance.",
      q=[Q("released", "person", 205, category="prisoner")], place=P("Belarus", "Belarus", "BY", None, "country"), time=MAY16),
    C("prisoner_exchange", CHQ2,
      "In a separate repatriation, Ukraine received the bodies of 909 people that Russia said were Ukrainian soldiers, while 41 bodies were handed over to Moscow, the Coordination Headquarters said.",
      q=[Q("released", "person", 909, category="military"), Q("released", "person", 41, category="military")]),
    C("prisoner_exchange", LUB,
      "Ombudsman Dmytro Lubinets said it was the 71st exchange since the start of the full-scale invasion and that 6,112 Ukrainians have been freed from Russian captivity in total.",
      q=[Q("released", "person", 6112)], time=since_war("since the start of the full-scale invasion", PUB)),
    C("capture", LUB2,
      "Lubinets also said Ukraine had handed the International Committee of the Red Cross a list of 1,200 civilians it believes are being held illegally in Russia.",
      actor="RU", target="UA", q=[Q("captured", "person", 1200, category="civilian")], place=RUSSIA("Russia")),
    C("negotiation", RFE, "Russian and Ukrainian delegations last met for direct talks in Istanbul in March.",
      place=P("Istanbul", "Istanbul", "TR", "TR-34", "settlement"), time=T("in March", "2026-03-01", "2026-03-31", "month")),
]

AIRWATCH = None
