# Al Jazeera-style report on violence against civilians: executions, detentions, the UN monitoring mission's monthly figures.
from _lab import *

PUB = "2023-09-14"
META = {"id": "own14", "url": "https://www.aljazeera.example/news/2023/9/14/ukraine-says-russian-troops-executed-civilians-in-kherson-village",
        "published": "2023-09-14T11:32:00+00:00"}
TITLE = "Ukraine says Russian troops executed civilians in Kherson region village"
PUBLISHED = PUB
BYLINE = None

TEXT = """
Al Jazeera
News
Features
Opinion
Sport
Video
More
Russia-Ukraine war
Ukraine says Russian troops executed civilians in Kherson region village
Prosecutors open war crimes investigation after bodies of four residents are found with gunshot wounds.
Published On 14 Sep 2023
14 Sep 2023
Save
Click here to share on social media
share2
Ukrainian police officers inspect a site in the Kherson region [File: Stringer/Reuters]
¶Ukraine’s prosecutor general’s office has opened an investigation into the killing of four civilians, including a 16-year-old boy, who it says were shot by Russian soldiers in a village in the southern Kherson region.
¶According to prosecutors, the victims, residents of the village of Mykhailivka, were detained by Russian troops on September 9, and their bodies were found in a forest belt two days later.
¶Russia’s Investigative Committee did not comment on the accusation. Moscow has repeatedly denied that its troops target civilians.
¶Separately, the UN Human Rights Monitoring Mission in Ukraine said in its monthly update that at least 89 civilians were killed and 412 injured across Ukraine in August.
¶The mission said it had also documented the summary execution of at least 25 Ukrainian prisoners of war by Russian forces since the start of the year.
¶In the occupied city of Melitopol, Russian-installed authorities said they had detained a local man accused of passing the coordinates of Russian military sites to Ukrainian intelligence.
¶In the Zaporizhzhia region, a man was shot dead by Russian soldiers at a checkpoint near the town of Vasylivka, regional governor Yurii Malashko said, citing residents.
Source: Al Jazeera and news agencies
Advertisement
Most Read
Libya floods: Death toll in Derna rises as rescuers search for survivors
Morocco earthquake survivors face uncertain future
"""

PGO = ("Ukraine’s prosecutor general’s office", "Office of the Prosecutor General of Ukraine", "UA")
PROS = ("prosecutors", "Office of the Prosecutor General of Ukraine", "UA")
HRMMU = ("the UN Human Rights Monitoring Mission in Ukraine", "UN Human Rights Monitoring Mission in Ukraine", "third_party")
HRMMU2 = ("The mission", "UN Human Rights Monitoring Mission in Ukraine", "third_party")
OCC = ("Russian-installed authorities", "Russian-installed authorities of Melitopol", "RU")
MAL = ("regional governor Yurii Malashko", "Yurii Malashko", "UA")

MYKH = P("the village of Mykhailivka", "Mykhailivka", "UA", "UA-65", "settlement")
EV1 = ("Ukraine’s prosecutor general’s office has opened an investigation into the killing of four civilians, including a 16-year-old "
       "boy, who it says were shot by Russian soldiers in a village in the southern Kherson region.\n"
       "According to prosecutors, the victims, residents of the village of Mykhailivka, were detained by Russian troops on September 9, "
       "and their bodies were found in a forest belt two days later.")
SEP = T("on September 9", "2023-09-09", "2023-09-11", "day")
EV_UN = ("Separately, the UN Human Rights Monitoring Mission in Ukraine said in its monthly update that at least 89 civilians were "
         "killed and 412 injured across Ukraine in August.")
EV_VAS = ("In the Zaporizhzhia region, a man was shot dead by Russian soldiers at a checkpoint near the town of Vasylivka, "
          "regional governor Yurii Malashko said, citing residents.")
VAS = P("near the town of Vasylivka", "Vasylivka", "UA", "UA-23", "settlement")

CLAIMS = [
    C("attack_on_civilians", PGO, EV1, actor="RU", target="UA", q=[Q("killed", "person", 4, category="civilian")], place=MYKH,
      time=SEP, status="unconfirmed"),
    C("casualties", PGO, EV1, actor="RU", target="UA", q=[Q("killed", "person", 4, category="civilian")], place=MYKH,
      time=SEP, status="unconfirmed"),
    C("capture", PROS,
      "According to prosecutors, the victims, residents of the village of Mykhailivka, were detained by Russian troops on September 9",
      actor="RU", target="UA", place=MYKH, time=day("on September 9", "2023-09-09"), status="unconfirmed"),
    C("casualties", HRMMU, EV_UN, actor="RU", target="UA",
      q=[Q("killed", "person", 89, "at_least", "civilian"), Q("injured", "person", 412, category="civilian")],
      place=UKRAINE("across Ukraine"), time=T("in August", "2023-08-01", "2023-08-31", "month")),
    C("casualties", HRMMU2,
      "The mission said it had also documented the summary execution of at least 25 Ukrainian prisoners of war by Russian forces since the start of the year.",
      actor="RU", target="UA", q=[Q("killed", "person", 25, "at_least", "prisoner")],
      time=T("since the start of the year", "2023-01-01", PUB, "year")),
    C("capture", OCC,
      "In the occupied city of Melitopol, Russian-installed authorities said they had detained a local man accused of passing the coordinates of Russian military sites to Ukrainian intelligence.",
      actor="RU", target="UA", place=P("the occupied city of Melitopol", "Melitopol", "UA", "UA-23", "settlement")),
    C("attack_on_civilians", MAL, EV_VAS, actor="RU", target="UA", place=VAS),
    C("casualties", MAL, EV_VAS, actor="RU", target="UA", place=VAS),
]

AIRWATCH = None
