"""The words a question is read by, as data in one place: cues of what is asked, statements
about the asker, and the units numbers are counted in.

Each entry is a regex over cleaned text (`normalise.clean`) with sentences that must match it
and sentences that must not; `tests/understanding/test_lexicon.py` checks every one. The
`Reading` (`reading.py`) looks them all up once per question; the calculators only see which
cues were found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .normalise import OBLIGATION
from .numbers import NUMBER, QUALIFIER

@dataclass(frozen=True)
class Entry:
    pattern: str
    #: cleaned sentences it must match, and ones it must not (checked by the tests)
    matches: tuple[str, ...]
    misses: tuple[str, ...] = ()

    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern)


#: What is left worked out by the asker and asked back: "so i only need 2 more , right ?", "that is 6 so i am done , yes ?"
#: The question asked before, asked again of other figures or another person: "same question for my coworker"
_SAME_QUESTION = r"\bsame (?:question|q|thing|deal)\b(?= (?:but |except |only )?(?:for|about|with|if)\b)"

#: How near another is to the end: "how far is dev from finishing", "how close is she to done"
_HOW_CLOSE_IS = r"how (?:close|far) (?:is|are) \w+ (?:to|from) (?:finish\w*|being done|done|complet\w*|the end)"
_CHECKED_LEFT = (r"\b(?:only|just) need (?:\w+ )?more\b|\bneed (?:\w+ )?more (?:\w+ )?(?:\?|, (?:right|yes|correct)\b)|"
                 r"\bi am (?:all |basically |completely )?(?:done|finished|certified|complete) ?,? (?:\?|(?:right|yes|correct|yeah)\b)")

#: After a figure the asker worked out and asks back: "2100 ?", "700 total , right ?", "30.33 hours ?", "875 in all ?"
ASKED_BACK = re.compile(r"\s*(?:contact )?(?:dollars|bucks|hours?|hrs?|h)?\s*(?:in all|total|together|altogether)?\s*,?\s*"
                        r"(?:\?|(?:right|correct|yes)\b)")

#: People the asker may speak of or for
PERSON = (r"(?:coworker|co worker|colleague|friend|buddy|boss|manager|supervisor|director|mom|mother|dad|father|"
           r"sister|brother|wife|husband|partner|daughter|son|kids?|child|children|baby|teenager|teammate|team mate|page|clerk|assistant|aide|trainee|intern|"
           r"bestie|bff|aunt|uncle|cousin|niece|nephew|grandma|grandpa|grandmother|grandfather|neighbor|neighbour|"
           # titles of library staff the asker speaks of: "my shelver anh", "our youth librarian"
           r"shelver|librarian|paraprofessional|specialist|technician|worker)")
#: People the asker speaks for at work, whose amounts a question about them may be about without saying so
#: ("a staffer has worked 24 hrs/week ... eligible?"), but whose membership is theirs
REPORT = r"(?:mentee|new hire|employee|staffer|apprentice|direct report)"
#: The asker alone, before "and" someone else: "me and my coworker took tech", "me and one other are members"
ASKER_ALONE = re.compile(r"(?:(?:and|so|but|well|ok|okay) )*(?:me|i|myself)")
#: People counted in a group: "5 staff", "3 of our trainees", "me and two coworkers"
#: A list's label naming a person: "me : ...", "coworker : ...", "my friend : ..."; the asker's labels
PERSON_LABEL = re.compile(r"(?:^|[.;,|>] |\b\d{1,2} \) )((?:my |our )?[a-z]+(?: [a-z]+){0,2}) :")
ME = ("me", "i", "mine", "myself")
#: Several people asked about together: "can we both apply", "who has enough", "for each of us"
TOGETHER = re.compile(r"\b(?:both|each|who|whom|us|we|everyone|all of us|together)\b")
PEOPLE = (r"(?:people|persons|staff(?: members)?|employees|coworkers|co workers|colleagues|friends|workers|assistants|"
          r"clerks|pages|librarians|techs|technicians|trainees|interns|students|aides|teammates|team members|folks|"
          r"candidates|applicants|part timers|volunteers|sisters|brothers|cousins|kids|children|daughters|sons|siblings|"
          r"bosses|managers|supervisors|directors|partners|roommates|neighbors|neighbours)")

#: What a message asks or says, by name. A calculator answers only when its cues are there.
CUES: dict[str, Entry] = {
    # --- what is left -------------------------------------------------------------------------
    "left": Entry(
        rf"\b(?:left(?! over\b)|remain\w*|still {OBLIGATION}|what else|else do i|how many more|(?:need|take|do) next|"
        r"what next|what is next|what now|am i (?:actually |really |truly |officially )?(?:done|finished)|am i (?:all )?set|to go|outstanding|missing|"
        r"(?:what|which) (?:\w+ ){0,3}(?:do|does|should|must|would|will) (?:i|she|he|they) (?:\w+ )?(?:need|take|do|have|require)|"
        r"still requires?\b|"
        # in the asker's word order: "what other i must do ?", "what more i need"
        r"what (?:other|else|more)(?: \w+)? i (?:must|need|should|have to)\b|"
        r"(?:list|tell me|show me|know)(?: of)? what i (?:still )?(?:need|have to)|(?:will|would) i be (?:done|finished)|"
        r"(?:still )?ahead of me|(?:must|need to|have to) still (?:do|take|finish|complete)|"
        r"how many (?:\w+ ){0,2}do i still have|"
        r"(?:need|have) to (?:take|do|finish|complete)|anything (?:else|besides|other than|apart from)|rest of|on (?:my|his|her|their) list|(?:my|his|her|their) (?:\w+ )?list|need (?:any )?more|list (?:of what )?i (?:still )?need|"
        # the rest, or the ones to go counted: "whats the rest", "2 down , 4 to go . what are the 4 ?"
        r"what(?: is|s| are)? the rest\b|(?:need|want|give me|send me|tell me) the rest(?: of (?:the|my) list| list)?\b|"
        r"(?:what|which) are the (?:other )?(?:one|two|three|four|five|[1-5])\s*(?:\?|$)|"
        r"list of what (?:i|she|he|they|we) (?:still )?(?:needs?|ha(?:ve|s) to|must)|"
        r"(?:what|how) (?:is|does) (?:it|that|this|everything|all this) look(?:ing)?(?: like)? for (?:me|her|him|us)|"
        r"(?:what|which)(?: \w+){0,2} (?:is|are) (?:still )?open\b|do (?:i|you|we|she|he) (?:still )?need (?:just |only )?(?:one|two|three|1|2|3|any) more\b|"
        rf"how (?:close|far) (?:am i|along|off|away)|{_HOW_CLOSE_IS}|what do i (?:\w+ )?(?:lack|miss)|what is (?:still )?(?:needed|required)|"
        r"(?:which|what) ones? (?:do i|are|am i|have i)|is that (?:all|everything|enough)|do i have (?:all|everything|enough)|"
        r"(?:have|are) i (?:got )?(?:all|everything)|finish(?:ed)? (?:up|off)|what (?:do|should) i (?:\w+ )?(?:after|then)|"
        r"where do i stand|where am i at|(?:what is )?my status|am i close|(?:do i )?still owe|tally|need \?|rest \?|"
        # a status asked for, or asked again after a reply the asker corrects: "status check pls", "recount pls",
        # "that is wrong , i never said i finished tech"
        r"(?:status|progress) (?:check|update|report)|re ?count|re ?calculate|re ?check|re ?do|check again|try again|"
        r"(?:that is|you are|it is) (?:wrong|not right|incorrect)|you misread|misread me|i never said|"
        r"on the hook for|where (?:would|will|does|did) (?:all )?(?:that|this) leave (?:me|him|her|us)|where was i\b|next \?|"
        r"(?:just )?(?:one|two|1|2) more (?:elective|required|set|course|class)\w* (?:for (?:me|him|her) )?or|"
        r"(?:is|are) (?:still )?(?:required|needed|missing) for (?:me|him|her|them)|"
        r"(?:just |only )?(?:one|two|three|1|2|3) more(?: \w+)?(?: \?| ,? ?(?:right|yes|correct|yeah)\b)|pending|(?:would|will|am) i (?:still )?(?:be )?short (?:anything|any)\b|(?:is|are) (?:still )?(?:balance|due)|"
        r"(?:todo|to do|still to do)\s*[=:]\s*\?|"
        r"(?:options|choices) for (?:the|my) (?:last|final|remaining) (?:one|two|three|1|2|3|few)\b(?! (?:years?|months?|weeks?))|"
        # a claim of being done, then asked back: "my coworker says I'm done since I did X, Y. am I?"
        r"\b(?:done|finished)\b[^?]*\bam i \?|"
        # a count worked out and checked: "so i only need 2 more , right ?", "that is 6 so i am done , yes ?"
        rf"{_CHECKED_LEFT}|"
        r"what is (?:still |left )*to do\b|"
        # what stands between the asker and the end, and the rest of the sets by what it is of them
        r"\bbetween (?:me|him|her|them|us) and (?:the |my |her |his )?(?:cert\w*|lssc|finish\w*|being (?:done|finished|certified)|"
        r"done|the finish line|graduat\w*)|(?:what|which) (?:is|are) the other (?:half|ones?|sets?|two|three|four)\b|"
        # the sets still to do by where they come: "which are my last two ?", "what is the final piece ?"
        r"(?:what|which) (?:is|are|would be|will be) (?:my|the) (?:last|final) (?:one|two|three|four|five|[1-5]|pieces?|ones?|sets?)\b|"
        rf"{_SAME_QUESTION}"
        r")(?:\b|(?<=\?))",
        ("what is left", "which ones do i still need", "how close am i to finishing", "what is on my list",
         "how far is dev from finishing", "which are my last two", "what is the final piece",
         "do i need anything besides reference", "whats the rest", "2 down , 4 to go . what are the 4 ?",
         "am i done", "how many more", "which ones am i missing", "is that everything", "what do i need to take",
         "what is pending", "how many electives are balance", "todo = ?", "what are my options for the last two",
         "she says i am done since i did tech . am i ?", "what am i still on the hook for",
         "where would that leave me", "is it just one more elective for me or something else",
         "so i only need 2 more , right ?", "i think i just need one more elective ?", "that is 6 so i am done , right ?",
         "so 2 more electives and i am finished , yes ?",
         "what is still required for him", "where was i last spring ?", "tech , ref done . . next ?",
         "am i actually done ?", "same question but for my coworker dana , she has foundations",
         "two more electives right ?", "just a single elective between me and certification , right ?",
         "what is it looking like for me", "so what is still open ?", "do i need just one more after that ?",
         "what is the other half supposed to be ?", "what stands between her and being certified"),
        ("how long do i have", "what is the fee", "what is the difference between me and a librarian",
         "is her window to finish still open ?")),
    #: a what's-left question that makes sense without naming any set ("what do I need" does not)
    "strong_left": Entry(
        r"\b(?:left(?! over\b)|remain\w*|still need|what else|how many more|next|am i (?:actually |really |truly |officially )?(?:done|finished)|to go|missing|"
        rf"on (?:my|his|her|their) list|(?:my|his|her|their) (?:\w+ )?list|how (?:close|far) (?:am i|along)|{_HOW_CLOSE_IS}|rest of|(?:which|what) ones? (?:do i|are|am i|have i)|"
        r"outstanding|anything else|will i be (?:done|finished)|how many (?:\w+ ){0,2}do i still have|where do i stand|"
        r"my status|am i close|still owe|where am i at|tally|on the hook for|where (?:would|will|does) (?:all )?(?:that|this) leave|"
        rf"{_CHECKED_LEFT}|{_SAME_QUESTION})(?:\b|(?<=\?))",
        ("what is left", "what else", "what is on my list", "which ones do i still need"),
        ("what do i need",)),
    #: the asker says they did something
    "done": Entry(r"\b(?:done|finished|finish|completed|complete|took|taken|passed|did|have|got|so far|checked off|"
                  r"knocked out|wrapped(?: up)?|under my belt|in the bag|nailed|aced|cleared|"
                  # a score of a group: "one of three required , two of three electives"
                  r"(?:one|two|three|zero|none|[0-3]) (?:out )?of (?:the |my )?(?:three|3) (?:required|core|mandatory|electives))\b",
                  ("i have done foundations", "took tech", "checked off youth", "supervision wrapped this october",
                   "two electives in the bag", "one of three required , two of three electives"),
                  ("what is it", "i need three of the seven electives")),
    #: add to the sets already remembered rather than replace them
    "also": Entry(r"\b(?:also|too|as well|another|now)\b", ("i also did tech",), ("i did tech",)),
    #: the message asks a question of some kind
    "question": Entry(r"\?|\b(?:how|what|why|when|where|who|which|should|could|would|can|do|does|is|are|will|am i)\b",
                      ("is that enough", "how many"), ("i have 1200 hours",)),
    # --- dates and the deadline ---------------------------------------------------------------
    "deadline": Entry(
        r"\b(?:deadline|cut ?off|finish\w* by|done by|complete\w* by|due|time limit|how long do i have|"
        r"how much time|by when|when (?:would|will|do|does|should|must|could) i (?:\w+ ){0,3}(?:finish\w*|be done|"
        r"complete\w*)|"
        r"(?:the )?latest (?:i (?:can|could)|date|day|month|time)|time (?:is )?up|clock|last (?:day|date|month|year) (?:to|i can|for)|"
        r"(?:last|latest) (?:day|date|month|year) (?:i|we|she|he) (?:can|could|must|have to|need to) (?:finish|complete|be done)|(?:still )?have (?:enough )?time|"
        r"how many (?:months|years|weeks|days) (?:do i have|are left|left|until i)|how much time|"
        r"(?:what|which) (?:year|month|date)\b[^.?!]{0,40}\b(?:finish|complete|be done)\w*|(?:year|month|date) by which|"
        # the time the program gives, said in other words: "still within the time allowed to finish"
        r"time (?:allowed|allotted|permitted|given|frame)|(?:within|inside) (?:the |my |her |his |their )?(?:timeframe|(?:4|four) years?)|"
        # the program's years running out: "when would the 4 years run out"
        r"(?:the|my|her|his|their) (?:4|four) years? (?:would |will |to )?(?:run|runs|ran|be) (?:out|up)|"
        # ...or as a window that closes: "when does my four year window close"
        r"(?:(?:4|four) ?-? ?years? )window (?:close|closes|end|ends|shut|shuts|run out|runs out)|window (?:to finish|for finishing))\b",
        ("when is my deadline", "how long do i have", "when do i have to finish by", "am i still within the time allowed",
         "when does my four year window close",
         "is she inside her timeframe",
         "which year does each have to finish lssc by", "what is the last year i can complete the sets in",
         "please confirm the year by which i must complete the remaining sets"),
        ("how much is it", "i finished last year")),
    #: words that can only be about entering the program, or a start with the program named
    "enrolled": Entry(
        r"\b(?:enroll\w*|accept\w*|admitted|sign(?:ed|ing)? up|applied|registered|got in|candidate since|"
        # applying when, which is enrolling: "if i apply in summer 2028", "applying next march"
        # ...or waited for: "waiting to apply until after the holidays , like february 2027"
        r"appl(?:y|ying) (?:for (?:lssc|it) |to (?:lssc|the program) )?(?:in|on|this|next|around|until|till|after)"
        r"(?= (?:(?:\w+|,) ){0,5}(?:\d|jan|feb|mar|apr|"
        r"may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter|year|month))|"
        r"in (?:the )?(?:lssc|program) since)\b|"
        # the application sent: "if i send in my lssc application this coming january"
        r"\b(?:sen[dt]|sending|submit\w*|turn(?:ed|ing)? in|mail(?:ed|ing)?) (?:in )?(?:my |the |our )?(?:lssc )?application\b|"
        r"\b(?:start\w*|began|begun|joined) (?:(?:the|my|with|in|on) )?(?:lssc|program|certification|"
        r"cert|clss)\b",
        ("i enrolled in june 2023", "started the program in 2022", "got accepted in march",
         "lssc candidate since : 11 / 03 / 2023", "if i send in my lssc application in january",
         "waiting to apply until after the holidays , like february 2027"), ("i started at the library",)),
    #: starts of anything ("I started at the library last year"): an enrollment only in a deadline question
    "started": Entry(r"\b(?:start\w*|began|begun|joined)\b", ("i started in 2021",), ("i enrolled",)),
    #: asked for more people than the asker: "when are our deadlines", "both of us"
    "several": Entry(r"\b(?:our|both|each|their|deadlines|dates|everyone|whose|are they)\b",
                     ("when are our deadlines", "for both of us"), ("when is my deadline",)),
    #: enrolling on a date still to come, said as a supposition
    "if_enrolling": Entry(r"\bif (?:i |you |someone |one )?(?:enroll\w*|apply|sign up|register\w*|start\w*|get accepted|"
                          r"am accepted|accepted)\b",
                          ("if i enroll in january 2027", "deadline if enrolled aug 2024"), ("i enrolled in january",)),
    #: about the asker: a first-person word, or a message that opens with the verb, subject dropped
    "personal": Entry(r"\b(?:i|my|me|we|our)\b|"
                      r"(?:^|[.:;!?] )(?:(?:just|recently|finally|only|already|so|ok|okay|well) )*"
                      r"(?:enroll|accept|start|got|signed|applied|registered|joined|began|done|finished|completed|took)",
                      ("signed up in april 2025", "my deadline", "just enrolled this month", "quick one : enrolled 2024 - 06"),
                      ("how many candidates enrolled in 2012",)),
    # --- fees and membership ------------------------------------------------------------------
    "fee": Entry(r"\b(?:fees?|cost\w*|pay\w*|pric\w*|how much|charge\w*|discount\w*|total|rates?|owe\w*|budget\w*|"
                 r"sav(?:e|es|ed|ing|ings)|sum)\b|\$",
                 ("how much is it", "what is the fee", "$", "what would we save"), ("when is my deadline",)),
    #: money paid coming back: the refund policy, not the fee's arithmetic
    #: money back from ALA; an employer reimbursing the fee pays it ("our district reimburses the fee for 4 aides")
    "refund": Entry(r"\b(?:refund\w*|money back|(?:come|comes|coming|get (?:\w+ )?\w+|paid|give|gives|giving|hand) (?:\w+ )?back)\b|"
                    r"\b(?:ala|ala apa|lssc|they) (?:\w+ )?reimburs\w*|"
                    r"\breimburs\w*(?=[^.?!;]*\b(?:not eligible|ineligible|denied|rejected|turned down|not accepted|"
                    r"(?:do not|don't|dont) qualify)\b)",
                    ("do i get a refund", "how much should come back", "will ala reimburse me", "how much should ala apa give back to me",
                     "do they reimburse the fee if i am not eligible"),
                    ("how much do we pay", "our district reimburses the fee for 4 aides")),
    #: two groups' fees set side by side, not added up
    "compare": Entry(r"\b(?:vs|versus|compared? (?:to|with)|comparison|differ(?:s|ed|ence|ences)?|different (?:for|from|than|between|if)|"
                     r"diff|gap (?:\w+ ){0,3}?between|instead of|rather than|"
                     r"how much (?:more|less|extra|lower|higher|cheaper)|"
                     r"(?:more|less|cheaper|pricier|lower|higher) (?:\S+ ){0,8}than|which (?:is|would be|one is|way is) (?:cheaper|less|more)|"
                     r"each way|both ways)\b",
                     ("10 members vs 10 non members", "the gap in fees between members and not", "what is the difference for members", "which is cheaper",
                      "what is the total each way", "is it different for members"),
                     ("what do we pay in total", "the courses come out of a different grant")),
    #: how many people a sum of money covers is asked: "how many people can we enroll with $1,000"
    #: one group priced both ways, as members and as not: "if all 4 are ala members vs if none are"
    "both_ways": Entry(r"\bif (?:all|every one|everyone|each|they all|we all)\b[^.;?]{0,40}\b(?:members?|join\w*)\b[^.;?]{0,30}"
                       r"\b(?:vs|versus|or|compared (?:to|with)|against)\b[^.;?]{0,25}\b(?:none|not|non ?members?|nobody|no one)\b",
                       ("if all 4 are ala members vs if none are", "if everyone joins ala or if nobody does"),
                       ("if all 4 are ala members", "3 members vs 2 non members")),
    "people_asked": Entry(r"\bhow many (?:(?:people|staff|employees|of us|applicants|candidates|folks|workers|non ?members?|"
                          r"(?:ala )?members)\b|of (?:my|our|the) (?:\w+ )?(?:staff|people|employees|team)\b|(?:can|could) (?:we )?(?:apply|enroll|send|go|afford|cover))|"
                          # "... send as many non-members as possible . how many ?"
                          r"\b(?:send|enroll|sponsor|fund|pay for) as many (?:\w+ ){0,2}as (?:possible|we can)\b",
                          ("how many people can we enroll", "how many staff can we send",
                           "send as many non members as possible . how many ?"), ("how many sets",)),
    "member": Entry(r"\b(?:member|members|memberships?|non ?-? ?members?|non ?-? ?ala|belong\w*|chapter|in ala|not ala|"
                    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) ala(?= ?[,;)]| and| \d)|"
                    r"(?:state|(?<!american )[a-z]+ library) (?:association|assn|assoc|council|society))\b",
                    ("i am an ala member", "non member", "i belong to our state association", "none of us are in ala",
                     "i am in my state library association but not ala", "4 trainees ( 2 ala , 2 not )"),
                    ("i am a librarian", "i work in alabama")),
    #: joining ALA is becoming a member, not enrolling
    "joined_ala": Entry(r"\b(?:joined|joins?|joining|became|becomes?|becoming|signed up (?:for|with)|renewed) "
                        r"(?:an? |the |my )?(?:ala(?: members?| membership)?|members?|membership)\b",
                        ("i joined ala last month", "just became an ala member", "if she joins ala first"), ("i joined the program",)),
    #: asking whether membership is needed or what it costs is not saying which fee applies
    "membership_asked": Entry(rf"\b{OBLIGATION} (?:be (?:an? |in )?(?:ala|members?)|become|join|belong)\b|"
                              r"\bmembership (?:is )?(?:required|needed|mandatory|fees?|costs?|dues|price)\b|"
                              r"\b(?:how much (?:is|does|are)|cost of|price of) (?:an? |the )?(?:ala )?membership\b",
                              ("do i need to be a member", "how much is ala membership"), ("i am a member, fee?",)),
    # --- work and eligibility -----------------------------------------------------------------
    "work": Entry(r"\b(?:work(?!shops?\b|books?\b|sheets?\b)\w*|volunteer\w*|experience|employ\w*|job|paid|logged|clocked|put in|"
                  r"at (?:a|the|my) \w* ?library|circ desk|desk|full time|part time|(?:library )?(?:assistant|"
                  r"clerk|page|technician|associate|aide|specialist)s?)\b",
                  ("i have worked 900 hours", "volunteered at the library"), ("i have 3 sets", "a 2 hr workshop")),
    "eligible": Entry(r"\b(?:el[ei]g[ia]b\w*|elig|qualif\w*|enough|enuf|enuff|"
                      # not applying for a job or to a school: "applying for library assistant jobs"
                      r"(?:apply\w*|appl(?:ied|ication))(?! (?:for|to) (?:\w+ ){0,3}(?:jobs?|positions?|roles?|openings?|"
                      # ...nor the fee's name: "application fee included"
                      r"grad school|schools?|colleges?|mlis|mls|programs?)\b)(?<!application(?= (?:fees?|costs?|price)\b))|count(?:s|ed|ing)?|meet\w*|"
                      r"requirement\w*|require\w*(?! (?:ones?|sets?|courses?|class(?:es)?|competenc\w*))|reqs?|(?:can|could|may|to) (?:i |she |he )?enroll|how far off|how (?:much )?longer|"
                      r"how long (?:until|till|before)|am i in|am i (?:there|good|set|ok|okay|all set)(?: yet)?|"
                      r"i am (?:good|set|there)(?: then)?,? (?:right|yes|yeah|correct)|good to go|over the line|"
                      r"do i make (?:it|the cut)|(?:does|do|will|would) (?:that|this|it|those|these) (?:work|do it|cut it)|(?:experience|hours) (?:they|you|lssc|ala apa|ala) (?:want|need|require|ask for)|(?:the|enough) (?:hours|hrs)(?! (?:a|an|per|each|every) (?:week|wk|day)))\b",
                      ("am i eligible", "can i apply", "is that enough", "am i there ?", "i am good right ?",
                       "2000 hrs at an academic library . does that work ?"),
                      ("what is the deadline", "a page at our county library", "what will it cost me , application fee included")),
    #: how far below a requirement an amount is: the experience's when work is said, the renewal's when education is
    "short": Entry(r"\bhow (?:far )?short\b|\b(?:am|are|is|would|will) (?:i|we|she|he) (?:still )?(?:be )?short\b|"
                   r"\bmake up (?:for )?(?:the |my |a |that )?(?:difference|shortfall|gap|rest)\b",
                   ("how short am i", "am i still short ?", "would she be short", "does my membership make up the difference"),
                   ("a short question", "short staffed")),
    #: where the asker stands, asked in general: of the hours when work is said and no set is
    "standing": Entry(r"\bwhere (?:does|do|did) (?:that|this|it|all that) (?:put|leave) (?:me|us|her|him)\b|"
                      r"\bwhere (?:do|does) (?:i|she|he|that) stand\b|\bwhere am i at\b|\bhow close am i\b|"
                      r"\bwhat is my status\b|"
                      # the question asked before in a thread, of new figures: "same question for my coworker: ..."
                      rf"{_SAME_QUESTION}",
                      ("where does that put me", "where do i stand", "how close am i",
                       "same question but for my coworker : she does 12 hrs a week"), ("where do i apply",)),
    #: a library technology (LTA) program or degree, whose graduates' path has its own FAQ entries (a recognition
    #: agreement, a provisional certification until the hours are met): not a sum of hours
    "lta_program": Entry(r"\blta\b|\blibrary technical assistant\b|\brecognition agreement\b|"
                         r"\blibrary tech(?:nology|nician)? (?:associate|degree|program|diploma)\b|"
                         r"\bassociate(?:'s| of)? (?:degree )?in library (?:tech\w*|science)\b",
                         ("if i graduate from an lta program", "a 2 - year library technology associate"),
                         ("i work at the library tech desk",)),
    #: everything spent asked for, what is paid already with what is to come: "what will I have spent overall?"
    "spent_overall": Entry(r"\b(?:spent|spend|cost me|paid)\b[^.?!]{0,30}\b(?:overall|altogether|all told|in total|in all)\b|"
                           r"\b(?:overall|altogether|all told|in total|grand total)\b[^.?!]{0,20}\b(?:spent|spend|cost|paid)\b",
                           ("what will i have spent overall", "how much have i paid in total"), ("what is left to pay",)),
    #: the fee believed to be paid for each set: "do I pay $350 for every set? so 6 x 350?"
    "per_set": Entry(r"\b(?:per|for (?:each|every)|each|every) (?:competency )?set\b|"
                     r"\b(?:6|six) ?(?:x|×|\*|times) ?\$? ?3[25][05]\b|\b3[25][05] ?(?:x|×|\*|times) ?(?:6|six)\b|"
                     r"\bpay (?:it )?(?:6|six) times\b",
                     ("do i pay $ 350 for every set", "so 6 x 350", "is it per set"), ("each person", "a set of books")),
    #: what someone said, asked back: a figure in it is the claim to check, not the asker's own
    "claim_asked": Entry(r"\b(?:is|was|are) (?:she|he|they|that|it|this) (?:right|correct|true|accurate)\b|"
                         r"\bwhat (?:is|are) (?:it|they|the (?:\w+ )?(?:fee|cost|price|deadline|date))\s*(?:really|actually)\b|"
                         r"\bwhat is (?:the )?(?:real|actual|correct|right) (?:\w+ )?(?:fee|cost|price|deadline|date|figure)\b",
                         ("my director says i only need one more set . is she right ?", "is that correct",
                          "my boss says the fee is $ 300 . what is it really ?", "what is the actual fee"),
                         ("is that all", "it is right there")),
    #: an amount of time asked about: about the experience when work is said, about renewal when education is
    "hours_asked": Entry(r"\bhow (?:many|much) (?:more )?(?:hours?|hrs?|weeks?|months?)\b|\b(?:total|sum)(?: hours| hrs)? \?|"
                         r"\b(?:weeks?|wks?|hours?|hrs?|months?) (?:left|to go|remaining) \?",
                         ("how many more hours do i need", "how many hrs is that", "total ?", "how much hour i need",
                          "weeks left ?"),
                         ("how many sets",)),
    #: asked for someone else, about them: "asking for my mom: ... can she apply?"
    "for_someone": Entry(rf"\b(?:can|could|is|does|would|will|did|has) (?:she|he|(?:my|our) (?:{PERSON}|{REPORT}))\b"
                         r"(?! (?:right|correct|wrong|sure|kidding|serious)\b)|\basking for (?:my|a) \w+|"
                         # the question before, asked again for another: "same question but for my aide rosa"
                         rf"\bsame (?:question|q|thing|deal) (?:but |except |only )?(?:for|about) (?:her|him|(?:my|our|a) (?:{PERSON}|{REPORT}))\b|"
                         # what they could do, or when theirs ends: "the last month she could renew", "when does her cert expire"
                         r"\b(?:she|he) (?:could|can|should|must|has to|needs to|need to) (?:still )?renew\b|"
                         # when they get there: "how many weeks until she qualifies", "before he is eligible"
                         r"\b(?:until|till|before) (?:she|he) (?:qualif\w*|is eligible|can apply|has (?:enough|the) hours)\b|"
                         r"\b(?:should|must|does|can|could|will) (?:she|he) (?:be )?renew\w*|"
                         r"\bwhen (?:does|do|will|did) (?:her|his) (?:\w+ )?(?:expire|end|lapse|run out)\b|"
                         rf"\b(?:left|remain\w*|need\w*|required|missing|outstanding) for (?:her|him|(?:my|our) (?:{PERSON}|{REPORT}))\b|"
                         r"\bon (?:her|his) list\b|"  # "what is on his list ?"
                         # someone named: "what remains for luis ?", "what tom still needs"
                         # (not the program, however it is typed: "what is left for llsc ?")
                         r"\b(?:left|remain\w*|needed) for (?!me\b|us\b|myself\b|you\b|l+s+c+\b|cl+s+\b|it\b|that\b|this\b|them\b|"
                         r"renewal\b|certification\b|cert\b)[a-z]{2,} \?|"
                         r"\bwhat (?!i\b|we\b|you\b|they\b|it\b|else\b|is\b|do\b|does\b)[a-z]{2,} (?:still )?(?:needs|has left|has to do)\b|"
                         r"\bwhat (?:is|are) (?!i\b|we\b|you\b|they\b|it\b|that\b|this\b|left\b|still\b)[a-z]{2,} (?:still )?(?:missing|lacking)\b|"
                         r"\b(?:ask(?:ed)?|check(?:ing)?) (?:me )?(?:to (?:ask|check) )?(?:for|on) (?:her|him)\b|"
                         r"\b(?:what|which \w+) does (?!it\b|that\b|this\b|lssc\b|ala\b|one\b)[a-z]+ (?:still )?(?:have left|need)\b|"
                         r"\b(?:when|how) (?:does|do|did|is|will) (?:her|his) (?:certification|cert|clss|deadline|grace period|renewal window|window|renewal)\b|"
                         r"\bon (?:her|his|their) behalf\b|\bwhere (?:does|would|will|did) (?:all )?(?:that|this) leave (?:him|her)\b|"
                         r"\bfor my (?:\w+ )?(?:mom|mother|dad|father|sister|brother|wife|husband|partner|friend|"
                         r"coworker|colleague|daughter|son)\b|"
                         r"\b(?:how many|what|which) (?:\w+ ){0,3}(?:she|he) (?:is |still |is still )?(?:needs?|has to|must|"
                         r"on the hook for|has left|is missing|lacks)\b",
                         ("asking for my mom lol", "can she apply", "how many more he needs", "what remains for luis ?",
                          "same question but for my aide rosa",
                          "can you tell me what tom still needs ?", "what is keisha still missing",
                          "how many weeks until she qualifies", "what sets she is still on the hook for",
                          "where does that leave him"),
                         ("can i apply", "my mom said", "is she right", "what is left for me ?", "what else needs doing")),
    "no_diploma": Entry(r"\b(?:no|without|not have an?|never (?:got|finished|graduated from)|did not (?:finish|graduate)|"
                        r"dropped out of) (?:a |my )?(?:high school|hs|diploma|ged)\b|\bdropped out\b|"
                        # not finished yet: "is 17 and still in high school", "a high school senior"
                        r"\b(?:still|currently) (?:in|at) (?:high school|hs)\b|\b(?:high school|hs) (?:student|junior|senior)\b|"
                        r"\b(?:has|have|had) not (?:yet )?graduated\b|\bnot graduated (?:yet|from high school)\b|"
                        # not yet held: "i do not get my ged until next spring", "my diploma is not till june"
                        r"\b(?:do|does|will) not (?:get|have|receive|finish) (?:my |her |his |a |the )?(?:ged|diploma|hiset|hse)"
                        r" (?:until|till|before)\b|\b(?:ged|diploma) (?:is|comes) not (?:until|till)\b",
                        ("i have no high school diploma", "i dropped out", "he is 17 and still in high school",
                         "she is a high school senior", "say i do not get my ged until next spring"), ("i have a diploma", "i graduated from high school")),
    #: the diploma's equivalent held: "no diploma but i got my GED"
    # "never finished high school or got a GED" holds neither: the "or" goes on with the "never"
    "equivalent_held": Entry(r"(?<!not )(?<!never )(?<!\bor )\b(?:got|have|has|earned|passed|with|but)(?: (?:my|a|an|the))? "
                             r"(?:ged|hiset|equivalen\w*)\b",
                             ("no diploma but i got my ged", "dropped out but have the equivalent"),
                             ("i have no high school diploma or ged", "never finished high school and do not have a ged",
                              "never finished high school or got a ged")),
    #: a question about something else than the hours: "which sets are the required ones?", "what's the fee?"
    "asks_another_thing": Entry(r"\b(?:which|what|when|where|why|how much|how long|how do|how does|whether|"
                                r"worth|waste|good idea|dead end|(?:reasonable|good|real|right) (?:path|route|step)|"
                                r"path (?:to|toward|towards)|stepping stone|guarantee\w*|promot\w*|a raise|salary|obligat\w*)\b",
                                ("which sets are the required ones", "what is the fee",
                                 "ten years at the circ desk - will the certificate guarantee me a promotion",
                                 "my question is whether a state association can be a provider",
                                 "is lssc worth doing before an mls", "is it a reasonable path toward an mls or a dead end"),
                                ("can i apply",)),
    "about_lssc": Entry(r"\b(?:lssc|clss|certif\w*)\b", ("is lssc worth it",), ("what is the fee",)),
    #: another certification named ("my CPR certification", "the PMP cert"), and LSSC by its names
    "other_certification": Entry(rf"\b(?!(?:lssc|clss|my|the|this|that|your|our|her|his|their|staff|support|ala|apa|"
                                 rf"library|a|an|of|for|and|or|to|get|got|lssc s|s|{PERSON}|"
                                 # what is done with a certification, and where: "to complete certification"
                                 rf"complet\w*|finish\w*|earn\w*|start\w*|pursu\w*|obtain\w*|achiev\w*|getting|doing|"
                                 rf"toward|towards|into|from|with|about|on|in|at|by|whole|full|renew\w*|including|incl|plus|without|excluding)\b)"
                                 r"[a-z]+ (?:certification|certificate|cert)\b",
                                 ("how do i renew my cpr certification", "is the pmp cert worth it"),
                                 ("when do i renew my certification", "library support staff certification",
                                  "my partner certification : 10 may 2022", "what am i missing to complete certification")),
    #: a price of something else than LSSC: "a discount on LibLearnX registration", "member rate for the conference"
    "price_elsewhere": Entry(r"\b(?:discount|rate|price|fee)s? (?:on|for|at) (?!(?:lssc|clss|it|that|this|us|me|them|each|"
                             r"everyone|all|the (?:lssc|application|certification|cert|program|fee))\b)(?:the |a |an )?"
                             r"(?:\w+ )?(?:registration|conference|dues|books?|journals?|subscriptions?|events?|webinars?|"
                             r"insurance|tickets?|firms?|consultants?|services?|vendors?|contractors?)\b|"
                             # a price of a gathering or its registration named beside it: "ala annual early bird registration"
                             r"\b(?:annual|midwinter|liblearnx|conference|registration|early bird)\b[^?]{0,60}\b(?:price|rate|cost)\b|"
                             # ALA membership's own dues and their renewal: "when is my ala membership renewal due, can i
                             # pay the dues monthly"
                             r"\b(?:pay|paying|split|spread) (?:the |my |our )?(?:ala )?(?:membership )?dues\b|"
                             r"\b(?:ala )?membership (?:renewal|dues) (?:is |are )?(?:due|cost|price|amount)\b",
                             ("a discount on liblearnx registration", "member rate for the annual conference",
                              "the going rate for a search firm", "ala annual early bird registration , what is the member price",
                              "can i pay the dues monthly", "when is my ala membership renewal due"),
                             ("a discount on the lssc fee", "the fee for each of us")),
    "names_lssc": Entry(r"\b(?:lssc|clss|ala apa|support staff certification)\b", ("my lssc",), ("my cpr cert",)),
    "part_time": Entry(r"\bpart time\b|\b(?:few|some|several|couple(?: of)?|handful of|lot of|bunch of) (?:hours?|hrs?) "
                       r"(?:a|an|per|each|every) (?:week|wk)\b|"
                       # a share of full time whose full-time week is not said ("half time", "0.8 fte")
                       r"\b(?:half|three quarters?|quarter|two thirds?|\d{1,2} ?%) (?:time|fte)\b|(?<![\d.])0?\.\d+ ?fte\b",
                       ("i work part time", "a few hours a week", "half time for 3 years", "a 0.8 fte post"),
                       ("full time", "overtime", "half the time")),
    # --- renewal ------------------------------------------------------------------------------
    "renew": Entry(r"\b(?:renew\w*|expir\w*|(?:run|runs|ran) out(?! of)|contact (?:hours?|hrs?)|recertif\w*|grace period|"
                   r"conf(?:erence)? days?|ceus?|ce|continuing ed\w*|(?:still|is it|is my \w+|are my \w+) (?:valid|good|current|active)|"
                   r"valid (?:through|thru|until|till)|(?:my|the) window (?:open\w*|start\w*|close\w*)|"
                   # hours of education on technology are renewal's: "2 tech hours", "32 hours , 2 of them technology"
                   r"(?:tech|technology) (?:contact )?(?:hours?|hrs?)|of (?:them|those|these) (?:on |in |were )?tech\w*)\b",
                   ("when do i renew", "how many contact hrs", "is my clss still valid", "when is it valid through",
                    "when is my window open", "i have 32 hours total , 2 of them technology", "only 2 tech hours"),
                   ("when is my deadline",)),
    #: the date is when the asker was certified; finishing the sets is being certified
    "certified": Entry(r"\b(?:certified|(?:got|get|gets) (?:my |the |her |his )?(?:lssc )?(?:clss|cert\w*)|got mine|earned|"
                       r"received (?:my |the )?(?:lssc )?(?:clss|cert\w*)|"
                       r"became a clss|clss since|clss date|renewed(?! (?:my |our |her |his |the )?(?:ala )?membership)|"
                       r"finished|completed|awarded|granted|issued|(?<!letter )(?<!letter is )(?<!letter was )dated|cert\w* date|date of (?:my )?cert\w*|"
                       r"(?:clss|certification|cert)(?= ?(?::|- \d))|cert'?d|certed|certifed|certfied|certifeid|"
                       r"(?:clss|certification|cert) (?:is |was )?(?:from|since|of))\b",
                       ("i got certified in 2022", "i finished in june 2024", "it was awarded in march 2023",
                        "my certification : 10 may 2022", "cert'd apr 2 2024", "my certification is from november 20 , 2022",
                        "i get my certification in august 2024"),
                       ("i enrolled", "my acceptance letter is dated")),
    #: a course provider's approval of courses, not a candidate's courses
    "provider": Entry(r"\b(?:course )?providers?\b|\bapproval (?:fees?|costs?|for)\b|\bfor (?:lssc )?approval\b|"
                      r"\b(?:get|getting|have|having) (?:\w+ ){0,3}(?:courses?|classes|workshops?|it|them) approved\b|"
                      r"\b(?:they|it|courses?) (?:are |is )?approved for\b",
                      ("i am a course provider with 3 courses", "we would like approval for 4 lssc courses",
                       "3 new courses to submit for lssc approval"),
                      ("i have taken 3 approved courses", "which courses are approved")),
    #: finishing supposed to be at the finish-by date, to ask what follows it
    "at_deadline": Entry(r"\b(?:right |just )?(?:at|on|by) (?:the |my )?(?:very )?(?:deadline|last (?:possible )?(?:month|minute))\b|"
                         r"\bfinish\w* (?:right |just )?(?:at|in) the (?:very )?(?:end|last minute)\b|"
                         r"\b(?:use|take|using|taking) (?:up )?(?:all|the full|the whole|every bit of)(?: of)?(?: the| my)? "
                         r"(?:4|four) years\b",
                         ("if i finish right at the deadline", "finish at my very deadline", "if i use all 4 years",
                          "if i finish at the very end"),
                         ("what is the deadline", "when is my deadline")),
    "expires": Entry(r"\b(?:expire[sd]?|expiring|expiration|expiry|exp|(?<!years )(?<!years would )(?<!years will )(?:run|runs|ran) out(?! of)|lapse[sd]?|"
                     r"(?:valid|good) (?:through|thru|until|till|to))\b",
                     ("my cert expires in may", "it ran out", "valid through 08 / 31 / 2027", "exp . mar 2027"),
                     ("i renewed",)),
    #: the asker says they have hours already
    "have": Entry(r"\b(?:i (?:have|had|got|did|completed|earned|logged|took|attended|have done|have got|went|am (?:at|up to|sitting at))|so far|"
                  # an amount held by the one asked for: "she has 18 contact hours", "rosa has 22", "my coworker has logged 20"
                  r"(?:(?:she|he) (?:has|had|got|completed|earned|logged|took|attended|has done|has got|is (?:at|up to))|"
                  r"[a-z]+ (?:has|had)(?: (?:got|completed|earned|logged|done))?)"
                  r"(?= (?:[a-z]+ ){0,2}\d)|"
                  r"(?:hours?|hrs?) (?:done|completed|earned|logged)|"
                  r"(?:and|but|already|now|currently|also) (?:have|had|got|earned|logged|completed))\b",
                  ("i have 12 contact hours", "20 hours so far", "certified in 2023 and have 10 contact hours",
                   "i am at 20 contact hours"),
                  ("how many do i need",)),
}

COMPILED: dict[str, re.Pattern[str]] = {name: entry.compiled() for name, entry in CUES.items()}

#: The whole words the cues are written in, six letters or more, which a misspelling is put right to
#: (`spelling.respelled`): the letters of each pattern not followed by a quantifier or a group
CUE_WORDS: frozenset[str] = frozenset(
    word for entry in CUES.values() for word in re.findall(r"(?<![a-z\\)])[a-z]{6,}(?![a-z?*+{(\\])", entry.pattern))

#: Something that happened to an ALA membership: it lapsing or being renewed is not the certification
#: expiring or being renewed, so the renewal cues are looked for without it.
MEMBERSHIP_EVENT = Entry(
    r"\b(?:(?:my|our|her|his|their|the|an?) )?(?:ala )?membership (?:has |had |have |just )?(?:lapsed|expired|ran out|"
    r"run out|expires?|runs out|lapses?)\b|\b(?:let|had|renew\w*|extend\w*) (?:my |our |her |his |their |an? )?"
    r"(?:ala )?membership(?: (?:lapse|expire|run out))?\b",
    ("my ala membership expired last year", "i renewed my membership", "let my membership lapse"),
    ("my certification expired", "i renewed my certification"))
_MEMBERSHIP_EVENT = MEMBERSHIP_EVENT.compiled()
_ABOUT_MEMBERSHIP = frozenset(("member", "joined_ala", "membership_asked"))


#: Another thing a library worker renews or sees expire, in a message that never names the certification: "how
#: can i renew my library card? it expired last month" asks nothing of renewing LSSC
_RENEWABLE = r"(?:library card|card|passport|licen[cs]e|subscription|lease|books?|loans?|holds?|dvds?|checkouts?|items?)"
OTHER_RENEWABLE = Entry(rf"\brenew\w* (?:(?:my|our|the|a|your|her|his|their|these|those) )?(?:\w+ )?{_RENEWABLE}\b|"
                        rf"\b{_RENEWABLE} (?:has |had |is |was |just )?(?:expired|expires|expiring|expire|ran out|runs out)\b",
                        ("how can i renew my library card", "my passport expired", "renew the books"),
                        ("renew my clss", "our book club counted as renewal hours"))
_OTHER_RENEWABLE = OTHER_RENEWABLE.compiled()
_CERTIFICATION_NAMED = re.compile(r"\b(?:lssc|clss|cert\w*|recertif\w*|contact (?:hours?|hrs?))\b")


def cues_in(text: str) -> frozenset[str]:
    """The names of the cues found in cleaned text (the renewal cues not in a membership's event, nor in a message
    about renewing something else)."""
    found = frozenset(name for name, pattern in COMPILED.items() if pattern.search(text))
    if "renew" in found and _OTHER_RENEWABLE.search(text) and not _CERTIFICATION_NAMED.search(text):
        found -= {"renew"}
    if not _MEMBERSHIP_EVENT.search(text):
        return found
    rest = _MEMBERSHIP_EVENT.sub(" ", text)
    return frozenset(name for name, pattern in COMPILED.items() if pattern.search(rest)) | (found & _ABOUT_MEMBERSHIP)


#: Check marks typed after a set, read as the words they stand for (a list item ends with one; where the
#: list opens with one, each item starts with one).
MARKS = {"\u2705": " - done ;", "\u2714": " - done ;", "\u2611": " - done ;", "\u2713": " - done ;",
         "\u274c": " - not done ;", "\u2716": " - not done ;", "\u2717": " - not done ;", "\u2718": " - not done ;",
         "\u274e": " - not done ;", "\u23f3": " - in progress ;", "\u231b": " - in progress ;",
         # traffic lights, a paused or repeating sign, a memo for what is planned
         "\U0001f7e2": " - done ;", "\U0001f7e1": " - in progress ;", "\U0001f534": " - not done ;",
         "\u23f8": " - in progress ;", "\U0001f504": " - in progress ;", "\U0001f501": " - in progress ;", "\U0001f502": " - in progress ;", "\U0001f4dd": " - planned ;",
         "\u2b1c": " - not done ;",
         # soon, on the calendar, under construction, still going
         "\U0001f51c": " - planned ;", "\U0001f4c5": " - planned ;", "\U0001f4c6": " - planned ;",
         "\U0001f5d3": " - planned ;", "\U0001f6a7": " - in progress ;", "\U0001f3c3": " - in progress ;"}


#: What a clause says of the competency sets it names, other than done. The first that matches
#: wins; a clause with none of them (and no negation) says its sets are done. A clause with a
#: status and no set is a heading ("in progress:"), and its status goes on to the sets after it.
SET_STATUS: dict[str, Entry] = {
    "failed": Entry(r"\b(?:fail\w*|did not pass|have not passed|flunk\w*|redo\w*|re do\w*|"
                    r"dropped|withdr[ae]w\w*|incomplete|cancel\w*|denied|rejected|(?:pulled|backed|dropped|bowed) out|"
                    r"gave up on|giving up on|bailed on)\b",
                    ("failed tech", "i have to redo youth", "pulled out of collection management in september"),
                    ("passed tech",)),
    "in progress": Entry(
        # (halfway said of the asker is through the program, not a set: "i am a little over halfway : foundations ...")
        r"\b(?:(?:(?<!am )(?<!over )(?<!past )(?:halfway|half way)|(?:halfway|half way)(?= (?:through|thru|into|with|on|in|done)\b))"
        r"(?! there\b)|half done|partly done|mostly done|midway|mid way|part way|partway|in the middle of|"
        r"working on|work on|in progress|under way|underway|retak\w*|re take|repeat\w*|"
        r"(?<!am )(?<!am a )(?<!are )(?<!are a )(?:thirds?|quarters?|half|most|part) of the way(?! there\b)|(?<!all )of the way (?:through|thru|into)\b|"
        r"(?<![\d.])\d{1,2}(?:\.\d+)? ?% (?:complete\w*|done|finished|through|of the way|into|in)\b|"
        # a part of a set's own work done: "3 of 6 units of supervision", "2 modules of 5 into reference"
        r"\d+ (?:of|out of) \d+ (?:units?|modules?|lessons?|weeks?|chapters?|assignments?|sections?|parts?|projects?)|"
        r"\d+ (?:units?|modules?|lessons?|weeks?|chapters?|assignments?|sections?)(?: of \d+)? in(?:to)?\b|"
        r"still (?:taking|doing|working)|(?:almost|nearly|about to) (?:done|finished|through|finish)|"
        r"signed up for|registered for|enrolled in|regist(?:er|ering) for|sign(?:ing)? up for|in prog|wip|"
        # said alone of a set ("youth services - enrolled"), not of the program ("enrolled in 2023", "registered in may")
        r"(?<!i )(?<!we )(?<!he )(?<!she )(?<!they )(?:enrolled|registered|signed up)(?! (?:in|on|at|since|for|into|with|last|this|back|\d|jan|feb|mar|apr|may|jun|jul|aug|"
        r"sep|oct|nov|dec))|(?<!before )(?<!after )(?:taking|doing|started|starting)|began|begun|"
        r"ongoing|still on|still in|currently in|i am in(?: it| that one)? now|studying|learning|"
        r"(?:(?:is|am|are) (?:now |still |currently )?|(?:now|currently) )study|(?:now|currently|still) i (?:study|take|learn)\b|"
        # handed in but not yet marked: "foundations : submitted , being graded", "tech - awaiting results"
        r"being (?:graded|marked|reviewed|assessed)|under review|(?:awaiting|waiting (?:for|on)) (?:the |my )?(?:grades?|results?|"
        r"scores?|marks?|feedback)|pending|wraps up|wrapping up|(?:will|should) be (?:done|finished|over)|"
        r"on hold|on pause|paused|pause|pausing|postponed|deferred|on the back burner|not (?:yet )?"
        r"(?:done|finished|complete|completed))\b",
        ("halfway through tech", "currently taking youth", "started foundations", "in progress", "retaking foundations",
         "tech i am in now", "youth services - enrolled", "reference - 62 % complete", "comm and teamwork i am enrolled", "only i register for foundations",
         "about 3 / 4 of the way through technology", "finished 3 of 6 units of supervision", "2 modules of 5 into reference",
         "50 % into foundations",
         "he is now study comm and teamwork", "now i study technology", "foundations : submitted , being graded",
         "tech - awaiting results", "reference portfolio under review", "tech wraps up this friday"),
        ("finished tech", "took foundations", "finished youth before starting the required ones", "registered 2023 , did tech",
         "tech - 100 % complete",
         "got credit for tech before i enrolled")),
    "planned": Entry(
        # (planning asked about is no set's plan: "i need help planning:", "planning question -")
        r"\b(?:(?<!help )(?<!with )(?<!about )(?<!some )plan\w*(?! (?:questions?|q|help|advice|tips|purposes)\b)|going to|gonna|will (?:take|do|start|finish|be)|next (?:term|semester|quarter|year|month|"
        r"fall|spring|summer|winter|session)|want to|hop(?:e|ing) to|thinking(?: about| of)?|considering|intend\w*|"
        r"would like to|waitlist\w*|wait list\w*|later|told me to|said to|suggest\w*|recommend\w*|advised|"
        r"should (?:i |she |he )?(?:take|do|start)|(?:choos|decid|pick|torn|debat)\w* between|(?:for|as) my next (?:class|course|set)|scheduled|on (?:my|the) schedule|booked|lined up|waiting (?:for|on)|starts|begins|"
        r"upcoming|soon|about to|(?:is|are) (?:up )?next|next up|up next|looking (?:at|into)|eyeing|maybe|might|probably|"
        r"next (?:week|month)|kicks? off|kicking off|"
        # a day still to come: "the supervision final is tomorrow", "cataloging scores come out next tuesday"
        r"tomorrow|next (?:mon|tues|wednes|thurs|fri|satur|sun)day|this coming \w+|(?:is|are) due|due (?:on|by|this|next))\b",
        ("planning to take youth next term", "my plan : tech next", "choosing between cataloging and youth for my next class",
         "should i take supervision or comm next", "will take tech in the fall", "reference is next",
         "now i am looking at comm and teamwork", "maybe access in the spring", "foundations kicks off in march",
         "supervision final is tomorrow", "cataloging scores get released next tuesday"),
        ("took tech last fall", "i need help planning :", "planning question - i did tech")),
    "to do": Entry(
        rf"\b(?:still {OBLIGATION}|{OBLIGATION} (?:to )?(?:take|do|finish|complete)|(?:only|just|also) needs?\b(?! to know\b)|(?:{OBLIGATION}|should|must) be "
        r"(?:done|finished|completed?)|to do|todo|not started|"
        r"have not started|yet to|remaining|missing|outstanding|pending|left to (?:do|take)|not touched|untouched|skipp?(?:ed|ing)?|"
        r"put(?:ting)? (?:it |that |this )?off|procrastinat\w*|(?<!what )(?<!else )(?<!thing )(?<!much )(?<!many )(?:is|are) (?:all (?:that|what) is |the only (?:one|ones) )?left|"
        # the one set still to do, said of it now: "so tech is the last one , right ?" (not "the last one i did")
        r"is (?:the |my )?(?:last|final) (?:one|set|course|class)(?! (?:i|we) (?:did|took|had|have|got|finished|passed|completed))"
        r"(?: (?:left|remaining|to go|i need))?)\b",
        ("still need tech", "not started: youth", "i have to take tech", "tech is the one i keep putting off",
         "pending: technology", "when do all 6 sets have to be done", "so tech is the last one right",
         "so i only need comm and one more elective"),
        ("i took tech", "tech is the last one i did")),
}

#: "Now" said of a set: under way, unless the part says it is finished ("right now i've finished only tech").
NOW = Entry(r"\b(?:currently|right now|at the moment|atm)\b", ("currently tech", "right now youth"), ("now i did tech",))
FINISHED = Entry(r"\b(?:finished|completed|passed|done|got through|wrapped up|"
                 # sets held: "right now i only have access and cataloging"
                 r"(?:i|she|he) (?:only |just |already )?(?:have|has|got)(?! to\b))\b",
                 ("right now i have finished only tech", "right now i only have access services"),
                 ("currently taking tech", "right now i have to take tech"))

#: A part that asks about sets rather than saying anything of them: "am I done with the required ones?"
ASKING = Entry(r"^(?:(?:and|but|so|also|ok|okay) )*(?:(?:am|are|is|do|does|did|have|has|can|could|should|will|would|"
               r"was|were) (?:i|we|you|it|they|my|these|those|that|any|either)\b|"
               # sets asked about as what another may stand for: "does reference count for comm or tech ?"
               r"(?:do|does|can|could|will|would) (?:\w+ ){1,4}(?:count|cover|replace|substitute|satisfy|fulfill?)\b|"
               r"what about\b|how about\b)",
               ("am i done with the required ones", "do i need tech", "what about youth",
                "do the extra electives cover comm or tech", "does reference count for comm"),
               ("did foundations and tech", "i am done with tech", "did all three required ones",
                "did the foundations course"))

#: A clause about someone else, not the asker: "my coworker finished foundations", "she did tech".
OTHER_PERSON = Entry(
    r"^(?:(?:and|but|so|also|well|plus|while|whereas|though|then|later|after that|before that|meanwhile|between us) )*"
    r"(?:(?:she|he|they)\b|"
    # hearsay is someone else's word: "heard the 2020 revision merged access services into ..."
    r"(?:(?:i|we) )?(?:heard|hear)\b|(?:the |a )?rumou?rs?\b|"
    r"(?:(?:my|our|a|the|one of my|one of our|another|his|her|their) (?:\w+ )?)?(?:coworkers?|co workers?|"
    r"colleagues?|friends?|buddy|pal|boss|manager|supervisor|director|team ?mates?|partner|sister|brother|wife|husband|"
    r"librarians?|clerks?|assistants?|coordinators?|specialists?|advisors?|advisers?|instructors?|teachers?|"
    r"mom|mother|dad|father|daughter|son|cousin|aunt|uncle|niece|nephew|"
    r"grand(?:ma|pa|mother|father)|neighbou?r|classmates?|peers?|staff|branch manager|"
    r"department head|mentor|someone|people|others?)\b(?! and (?:i|me)\b)|"
    # children are someone's, not a set's readers: "my kids", but "kids & teens" is the set
    r"(?:my|our|his|her|their) (?:\w+ )?(?:kids?|child|children|baby|babies)\b)",
    ("my coworker finished foundations", "she did tech", "my supervisor said to take tech", "coworker",
     "after that my boss finished cataloging", "coworker dana has cataloging", "my kids go to the youth programs",
     "heard the revision merged access services into collection management"),
    ("i did tech", "my coworker and i did tech", "kids and teens is done"))

#: A part whose subject is named and takes a verb of the third person ("jen has foundations"): someone
#: else, unless the subject is a set's name ("tech is done"), which the reader checks.
THIRD_PERSON = Entry(
    r"^(?:(?:and|but|so|also|well|plus|while|whereas|though) )*(?!(?:i|it|that|this|which|what|who|there|here|"
    r"everything|nothing|mine|one|each|all|lssc|clss|ala|mls|also|just|then|finally|already|recently|lol|ok|okay|"
    r"yeah|yes|so|now|me|we|you|they|only|still|both|"
    # an ordinal is the set of that place in a list, not a person: "second was tech"
    r"first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|next|last|latest|other|another)\b)([a-z]+) (?:has|is|does|was|already has|did|finished|"
    r"completed|took|passed)\b",
    ("jen has foundations and youth", "and sarah is halfway through tech", "maria did foundations"),
    ("i have foundations", "it has 6 sets", "what is left", "just finished tech", "also did youth",
     "second was tech"))
#: A part saying the sets it names are the only ones done: "for lssc I've only finished X and Y".
ONLY = Entry(r"\bonly\b(?!.*\b(?:left|remain\w*|to go|need\w*|missing)\b)",
             ("i have only finished youth and access", "only done foundations"),
             ("i only have tech left", "i only need youth"))

#: Words after a set's name that make it a job, a place or a person, not the set: "youth services
#: librarian", "reference desk", "tech department".
ROLE_AFTER = frozenset((
    "librarian", "librarians", "clerk", "clerks", "desk", "department", "dept", "assistant", "asst", "associate",
    "specialist", "coordinator", "manager", "supervisor", "staff", "team", "position", "job", "role", "head",
    "lead", "aide", "technician", "page", "worker", "person", "office", "division", "unit", "area", "side",
    "director", "chair", "shift", "shifts", "duty", "duties", "counter", "room", "wing", "floor", "lady", "guy",
    "student"))
#: Words before a set's name that make it where the asker works: "I work in cataloging", "head of youth".
#: Words before a set's name that make it the subject of something counted, not a set done: "2 of
#: them on technology", "4 hours in tech". Matched on the stemmed words before the name.
TOPIC_BEFORE = Entry(r"\b(?:hour\w*|hr\w*|them|thos\w*|(?<!got )(?<!get )(?<!earn )(?<!receiv )(?<!ha )(?<!has )(?<!have )(?<!hav )(?<!with )(?<!lssc )credit\w*|ceu\w*|webinar\w*|"
                     r"workshop\w*)\s+(?:\w+\s+)?"
                     r"(?:on|in|about|toward|for|of|relat\w* to)\s+(?:the\s+)?$|"
                     # a share of hours said before: "16 hours so far incl. 4 tech", "20 hrs, of which 6 on tech"
                     r"\b(?:incl\w*|inclu\w*|of which|with)\s*\.?\s+\d+(?:\.\d+)?\s+(?:(?:hour\w*|hr\w*|h)\s+)?(?:(?:of|on|in)\s+)?$",
                     ("2 of them on ", "4 hour in ", "webinar about the ", "incl . 4 ", "of which 6 on "),
                     ("i finish ", "hour and ", "got credit for ", "with ", "with lssc credit for ", "has credit for "))
#: Matched on the stemmed words before the name, so each verb is written as its stem and more.
ROLE_BEFORE = Entry(r"\b(?:(?:work\w*|volunteer\w*|employ\w*)(?: (?!on\b|pa(?:id|y\w*)\b|cover\w*|reimburs\w*|fund\w*)\w+){0,3} "
                    r"(?:at|in|for|with)|(?:job|position|hir\w*|shift\w*|desk) (?:at|in|for|with)|"
                    r"(?:assign\w*|transfer\w*|mov\w*|promot\w*) (?:to|into)|(?:head|charg\w*) of|(?:run\w*|"
                    # "I've still managed foundations" got it done
                    r"(?<!have )(?<!still )manag\w*|"
                    r"supervis\w*|cover\w*|staff\w*|lead\w*|oversee\w*)) (?:(?:the|a|our|my|their) )?$|"
                    # what a job is mostly, said as its own clause after it: "i work in tech services , mostly cataloging"
                    r"^\s*(?:most|mostly|main|mainly|primar\w*|larg\w*) $",
                    ("i work in ", "head of the ", "i am in charg of ", "i manag the ", "i work 4 ten at ", "most "),
                    ("i finish ", "work on ", "my work paid for ", "i have still manag "))


#: A conference named: days count as conference days only beside one
CONFERENCE = re.compile(r"\b(?:conf(?:erence)?s?|convention|ala annual|annual meeting)\b")

WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

#: The units numbers are counted in, after the number (and up to two words: "2000 volunteer hours"),
#: tried in this order: a credit said in hours ("3 semester hours") is a credit, a weekly rate is not
#: hours held, and a span taken by one unit is not read again as another.
UNITS: dict[str, Entry] = {
    "semester credit": Entry(r"(?:(?:semester|sem) (?:credits?|hours?|units?|cr)|(?:credits?|hours?|units?) (?:of (?:a |the )?)?semester)",
                             ("3 semester credits", "a 3 credit semester class", "2 credits of semester"),
                             ("3 quarter credits",)),
    "quarter credit": Entry(r"(?:quarter (?:credits?|hours?|units?)|(?:credits?|hours?|units?) (?:of (?:a |the )?)?quarter)",
                            ("4 quarter hours", "a 2 credit quarter course", "3 credits of quarter"), ("2 semester credits",)),
    "hours a week": Entry(rf"(?:(?:hours?|hrs?|h)\s*(?:(?:a|per|each|every|an) (?:week|wk|weekend|{WEEKDAY})|/\s*(?:week|wk)|weekly|"
                          rf"on (?:{WEEKDAY}s|weekends)|p\s*/\s*w|pw|"
                          # weeks of so many hours, as a schedule: "doing 40 hr weeks now"
                          rf"(?: work)? (?:weeks|wks)\b(?! (?:of|at|in|ago|later|left|before|after|until|till|off)\b)|"
                          r" wk\b(?! (?:of|ago|off)\b))|/\s*(?:week|wk))",  # typed in a hurry: "17hr wk"
                          ("20 hours a week", "15 hrs/wk", "10 hours weekly", "4 hours every saturday", "25/wk",
                           "5 hrs every weekend",
                           "20 hrs p/w", "12 hrs pw", "doing 40 hour weeks now", "wrk 17hr wk 104 wks"),
                          ("20 hours",)),
    "hour": Entry(r"(?:contact )?(?:hours?|hrs?|h)", ("12 contact hours", "30 hrs", "2 h"), ("3 days",)),
    # ("30m" in a log, before a break: "webinar 30m ;")
    "minute": Entry(r"(?:minutes?|mins?|m(?=\s*(?:[;,)]|$)))", ("90 minutes", "45 min", "webinar 30m ;"), ("2 hours",)),
    "day": Entry(r"(?:conference )?days?", ("2 conference days", "3 days"), ("3 weeks",)),
    "week": Entry(r"(?:weeks?|wks?)", ("6 weeks",), ("6 days",)),
    "month": Entry(r"(?:months?|mos?|moths|mnths?)", ("18 months", "18 moths"), ("18 weeks",)),
    "year": Entry(r"(?:years?|yrs?)", ("2 years", "3 yrs"), ("2 months",)),
}

#: An amount in each unit, its number as group 1 ("2000 volunteer hours", "a 3-credit semester class"), in the
#: order of `UNITS`: what the Reading and the corrections read amounts with
AMOUNTS = {name: re.compile(rf"\b{NUMBER}\s*(?:-\s*)?{QUALIFIER}{entry.pattern}\b") for name, entry in UNITS.items()}

#: An activity that can be counted: "3 webinars of 90 minutes", "two 1-hour workshops".
ACTIVITY = Entry(r"(?:ones|sessions?|webinars?|workshops?|trainings?|classes|class|courses?|talks?|meetings?|modules?|"
                 r"lectures?|events?|seminars?|videos?|podcasts?|presentations?|lessons?|tutorials?|panels?|"
                 r"institutes?|bootcamps?|boot camps?|academ(?:y|ies)|summits?|retreats?|symposi(?:um|a)|lunch (?:and|&|n) learns?|"
                 r"brown bags?)",
                 ("3 webinars", "two workshops", "2 videos"), ("two hours",))

#: A place of work that is not a library, said where work was done: "20 hrs a week at a bookstore", "in retail"
#: (only library work counts towards eligibility; "the hospital library" is a library, said with the word)
ELSEWHERE = Entry(r"\b(?:(?:at|for|in) (?:a |an |the |my |our |this |that |one )?(?:local |big |small |chain |used |grocery |"
                  r"department |retail |coffee |book |fast food |drug |hardware |pet |thrift |clothing )?"
                  r"(?:book ?stores?|book ?shops?|stores?|shops?|retail|restaurants?|cafes?|coffee ?shops?|diners?|warehouses?|"
                  r"banks?|factory|factories|supermarkets?|grocery|groceries|malls?|call cent(?:er|re)s?|day ?cares?|gas stations?|"
                  r"salons?|gyms?|hotels?|pharmac(?:y|ies)|farms?|offices?|law firms?|fast food|dealerships?)|"
                  r"(?:(?:as|was) an? )?(?:cashier|barista|waiter|waitress|bartender|line cook|stocker|sales associate)s?|"
                  # ...or named bare, as in a table's row or a label: "grocery cashier | 25", "retail 30/wk", "non-library:"
                  # (a friends of the library's or a library's own bookstore is the library's: "the friends bookstore")
                  r"(?<!friends )(?<!library )(?:retail|grocery|restaurant|coffee shop|book ?stores?|book ?shops?|warehouse|fast food|supermarket|"
                  r"call cent(?:er|re)|gas station|"
                  # ...or by the name of a chain everyone knows is no library: "target , 30 , 24", "at walmart"
                  r"target|walmart|costco|starbucks|amazon|mcdonald s|kroger|cvs|walgreens|home depot|lowe s|best buy|"
                  r"barnes (?:and|&) noble|dollar general|trader joe s|whole foods|safeway|publix)|"
                  r"non ?-? ?library|not (?:at |in )?(?:a |the )?library|"
                  # ...or work that is no library's, named by what is done: "i also coach soccer 6 hrs a week"
                  r"(?:coach|coaches|coaching|referee|referees|refereeing|babysit|babysits|babysitting|nannying)"
                  r"(?! (?:at|for|in) (?:a |an |the |my |our )?librar)|drive for (?:uber|lyft|doordash|instacart))\b",
                  ("20 hrs a week at a bookstore", "worked in retail for 2 years", "at the grocery store",
                   "i also coach soccer 6 hrs a week", "target , 30 , 24",
                   "as a barista for 3 years", "grocery cashier | 25 | 2024 to now", "non library : retail 30 / wk"),
                  ("at the library", "at our branch", "in a school library", "at the hospital library", "as a server admin",
                   "900 volunteer hours at the friends bookstore"))

#: What comes just before an amount that is aimed at or asked about, not held: "do I need 1820 hours",
#: "short of the 32 hours".
AIMED = Entry(r"\b(?:need\w*(?: all)?(?: my)?|require\w*|out of|of the|short of|(?:toward|towards)(?: my| the| our)?|than|reach|get (?:me |us )?to|hit|the|remaining|left|"
              r"(?:do|did) i (?:already )?(?:have|reach|hit|get|make)|have i (?:got|reached|hit)|am i at|"
              r"at least|minimum(?: of)?|(?:of )?the way to|"
              # hours said not to be held: "but i do not have my 1820 library hours yet", "without the 1,820"
              r"(?:do|does|did) not (?:yet )?(?:have|got)(?: all)?(?: my| the| her| his| enough)?|without(?: my| the| enough)?|"
              r"lack\w*(?: my| the)?)\s*$",
              ("do i need ", "out of the ", "short of ", "each at least ", "do i have ", "75 % of the way to ",
               "but i do not have my "),
              ("i have ", "i only have "))
#: What comes just after an amount that says it is held, whatever came before it: "on top of the 1,650 hrs I
#: already have"
HELD_AFTER = Entry(r"^\s*(?:that |which )?(?:i|we) (?:already |now |currently )?(?:have|had|got|banked|logged|earned)\b",
                   (" i already have", " that i have", " we logged"), (" i need", " to go", " i will have"))
