"""Closed-class English words that a spinner leaves alone and that never anchor a collocation."""
from __future__ import annotations

FUNCTION_WORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although always
am among amongst an and another any anybody anyhow anyone anything anyway anywhere are around as at
be became because become becomes becoming been before beforehand behind being below beside besides
between beyond both but by can cannot could did do does doing done down during each either else
elsewhere enough etc even ever every everybody everyone everything everywhere except few for former
formerly from further had has have having he hence her here hereafter hereby herein hers herself him
himself his how however i if in indeed into is it its itself just least less many may me meanwhile
might mine more moreover most mostly much must my myself namely neither never nevertheless next no
nobody none noone nor not nothing now nowhere of off often on once one only onto or other others
otherwise our ours ourselves out over own per perhaps please rather same several shall she should
since so some somebody somehow someone something sometime sometimes somewhere still such than that
the their theirs them themselves then thence there thereafter thereby therefore therein thereupon
these they this those though through throughout thru thus to together too toward towards under
until up upon us very via was we well were what whatever when whence whenever where whereafter
whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose
why will with within without would yet you your yours yourself yourselves
ain't aren't can't couldn't didn't doesn't don't hadn't hasn't haven't he's i'm i've isn't it's
let's she's shouldn't that's there's they're they've wasn't we're weren't what's won't wouldn't
you're you've
zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
thousand million billion first second third
mr mrs ms dr
""".split())
