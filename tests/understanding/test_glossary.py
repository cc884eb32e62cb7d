"""Questions asked in another language, or with its words mixed into English, are read in English."""
import pytest

from lssc_bot.understanding.glossary import in_english

from .asking import CT, FLS, TECH, ask, leaves, says


@pytest.mark.parametrize(("question", "required", "electives"), [
    ("ya completé Foundations y Access Services. estoy tomando Technology. ¿qué me falta?", [CT, TECH], 2),
    ("mi compañero terminó Technology y Youth Services. ¿qué le falta?", [FLS, CT], 2),
])
def test_whats_left_asked_in_spanish(knowledge, context, question, required, electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    ("¿cuánto cuesta si soy miembro de ALA?", "$325", "fee"),
    ("trabajo 20 horas por semana desde hace 2 años. ¿soy elegible?", "2,080", "eligibility"),
    ("me inscribí en marzo de 2025. ¿cuándo es la fecha límite?", "March 2029", "deadline"),
    ("je travaille 40 heures par semaine depuis 52 semaines, suis-je eligible ?", "2,080", "eligibility"),
])
def test_calculations_asked_in_another_language(knowledge, context, question, expected, topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize("question", [
    "y do I need 6 sets?",  # one word that is also Spanish is no Spanish
    "give me the fee et cetera",
    "no, I mean the renewal",
])
def test_english_is_left_as_it_is(question) -> None:
    assert in_english(question) == question


@pytest.mark.parametrize(("question", "required", "electives"), [
    ("ho finito Foundations e Technology, cosa mi manca?", [CT], 3),
    ("Ciao a tutti, ho completato Access Services e Technology. Quanti me ne mancano?", [FLS, CT], 2),
    ("la mia collega ha completato Technology e Youth Services. cosa le manca?", [FLS, CT], 2),
    ("ya terminé Foundations y Technology. ¿cuántos me faltan?", [CT], 3),
    ("j'ai fini Foundations et Technology, qu’est-ce qu’il me reste ?", [CT], 3),
    ("natapos ko na po ang Foundations at Technology. ano pa po ang kulang?", [CT], 3),
])
def test_whats_left_asked_in_italian_spanish_french_and_tagalog(knowledge, context, question, required,
                                                                electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # Italian
    ("Mi sono iscritta a LSSC a gennaio 2026, entro quale anno devo finire tutti i sei set?", "January 2030",
     "deadline"),
    ("mi sono certificata a marzo 2024, in che anno devo rinnovare?", "March 2028", "renewal"),
    ("lavoro 20 ore a settimana da due anni, sono idonea?", "2,080", "eligibility"),
    ("quanto costa se sono socia ALA?", "$325", "fee"),
    ("non sono socia ALA e faccio tre corsi da $195 ciascuno, quanto pago in totale?", "$585", "fee"),
    ("Ho fatto 2 giorni di conferenza statale e 4 webinar di 30 minuti ciascuno sulla tecnologia. "
     "Quante ore ho per il rinnovo e quante mi mancano?", "12 contact hours", "contact-hours"),
    ("ho 30 ore per il rinnovo, di cui 2 sulla tecnologia. quante ore mi mancano?", "2 more", "contact-hours"),
    # Spanish
    ("Me certifiqué en marzo de 2024. ¿En qué año tengo que renovar la certificación LSSC?", "March 2028",
     "renewal"),
    ("trabajo 20 horas por semana desde hace dos años, ¿soy elegible?", "2,080", "eligibility"),
    ("¿Cuánto cuesta el LSSC si no soy miembro de ALA? Y con tres cursos de $195 cada uno, ¿cuál es el total?",
     "$585", "fee"),
    ("tengo 30 horas de contacto para la renovación, 2 sobre tecnología. ¿cuántas me faltan?", "2 more",
     "contact-hours"),
    ("fui a 2 días de la conferencia estatal y 4 seminarios web de 1 hora cada uno sobre tecnología. "
     "¿cuántas horas tengo para la renovación?", "16", "contact-hours"),
    # French
    ("je suis certifiée depuis mars 2024, en quelle année je dois renouveler ?", "March 2028", "renewal"),
    ("je ne suis pas membre, combien ça coûte avec deux cours à 195 $ chacun, au total ?", "$390", "fee"),
    ("Pour le renouvellement: j'ai fait un cours universitaire de 2 semester credits (pas tech), un atelier de "
     "2 heures sur la technologie et un webinaire de 30 minutes. Combien d'heures j'ai ?", "32 contact hours",
     "contact-hours"),
    # Tagalog
    ("na-certify ako noong march 2024, kailan ako mag-renew?", "March 2028", "renewal"),
    ("nagtatrabaho ako 20 oras kada linggo for 2 years, eligible na ba ako?", "2,080", "eligibility"),
    ("Nagtrabaho ako sa library ng 16 hours a week for 78 weeks. Eligible na ba ako? Kung hindi pa, ilang weeks "
     "pa kung 16 hrs/wk pa rin?", "36 weeks", "eligibility"),
    ("Member po ako ng ALA. Magkano lahat kung kasama yung 2 courses na tig-$260?", "$845", "fee"),
    ("hindi ako member ng ALA. magkano lahat kung kasama ang 3 courses na tig-$195?", "$585", "fee"),
    ("nag-attend ako ng 3 webinars na tig-1 hour tungkol sa technology at 2 araw ng state conference. "
     "ilang contact hours pa ang kailangan ko para sa renewal?", "17 more", "contact-hours"),
])
def test_calculations_asked_in_italian_spanish_french_and_tagalog(knowledge, context, question, expected,
                                                                  topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize("question", [
    # each holds words spelled like Italian, Spanish, French or Tagalog ones ("per", "due", "con", "come", "non",
    # "ore", "a", "in", "mi", "e", "me", "sono", "pane", "taller", "mars", "sa", "lima"), and stays English
    "When is my renewal due? I did 2 webinars per month, con ed credits from the state con, come on",
    "I'm a non member, 3 courses at $195 per course: is the fee the same for a non-member?",
    "my coworker Sono said I need 4 hours on technology; can you e-mail me the list? in a pane on the left",
    "is the iron ore of the mine in Lima a sa topic? no. Mars, Otto and Al did 30 mi in due time",
    "I am taller than my boss. does that matter for the 32 contact hours? solo webinars count?",
    "ciao! what is left if I finished Foundations?",
])
def test_english_with_look_alike_words_is_left_as_it_is(question) -> None:
    assert in_english(question) == question


@pytest.mark.parametrize(("question", "required", "electives"), [
    # German, with and without umlauts
    ("Hallo zusammen, ich habe Foundations und Technology abgeschlossen. Was fehlt mir noch?", [CT], 3),
    ("Foundations bestanden, in Technology durchgefallen, Access Services mache ich gerade. Was fehlt noch?",
     [CT, TECH], 3),
    ("meine Kollegin hat Technology und Youth Services abgeschlossen. was braucht sie noch?", [FLS, CT], 2),
    # Portuguese
    ("Oi pessoal, já terminei Foundations e Technology. O que ainda me falta?", [CT], 3),
    ("passei em Foundations, reprovei em Technology e estou cursando Access Services. o que falta?", [CT, TECH], 3),
    # Polish, with its letters and without them
    ("Ukończyłam Foundations i Technology. Co mi jeszcze zostało?", [CT], 3),
    ("zaliczylam Foundations, oblalam Technology, Access Services jestem w trakcie. czego mi brakuje?", [CT, TECH], 3),
    ("Moja koleżanka ukończyła Technology i Youth Services. Czego jej brakuje?", [FLS, CT], 2),
    # Vietnamese, with its accents and without them
    ("Em đã xong Foundations và Technology rồi, còn thiếu gì nữa ạ?", [CT], 3),
    ("em da dau Foundations, bi rot Technology, dang hoc Access Services. em con thieu gi?", [CT, TECH], 3),
    ("Đồng nghiệp của em đã hoàn thành Technology và Youth Services. Chị ấy còn thiếu gì?", [FLS, CT], 2),
    # Hindi, romanized and in Devanagari
    ("maine Foundations kar liya hai, ab kya bacha hai?", [CT, TECH], 3),
    ("Foundations pass ho gaya, Technology mein fail ho gayi, Access Services abhi kar rahi hoon. kya baaki hai?",
     [CT, TECH], 3),
    ("meri colleague ne Technology aur Youth Services pura kar liya hai. use kya chahiye?", [FLS, CT], 2),
    ("मैंने Foundations और Technology पूरा कर लिया है। क्या बाकी है?", [CT], 3),
])
def test_whats_left_asked_in_german_portuguese_polish_vietnamese_and_hindi(knowledge, context, question, required,
                                                                           electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # German
    ("Ich bin kein ALA-Mitglied. Was kostet es insgesamt mit drei Kursen zu je 195 $?", "$585", "fee"),
    ("Meine Mitgliedschaft ist abgelaufen, wie viel muss ich zahlen?", "$350", "fee"),
    ("Ich bin Mitglied im Landesverband. Was kostet es für mich?", "$350", "fee"),
    ("Jestem członkiem stanowego stowarzyszenia, nie ALA. Ile kosztuje?", "$350", "fee"),
    ("Ich arbeite seit Januar 2024 20 Stunden pro Woche in der Bibliothek, bis jetzt. Bin ich berechtigt?", "3,033",
     "eligibility"),
    ("ich habe mich im Maerz 2024 eingeschrieben. bis wann muss ich fertig sein? habe ich noch Zeit?", "March 2028",
     "deadline"),
    ("Ich wurde im Mai 2023 zertifiziert. Wann muss ich verlängern?", "May 2027", "renewal"),
    ("Für die Verlängerung: 2 Konferenztage und drei Webinare zu je 90 Minuten über Technologie. "
     "Wie viele Stunden habe ich?", "16.5", "contact-hours"),
    # Portuguese
    ("Não sou membro da ALA. Quanto fica no total com três cursos de US$ 195 cada?", "$585", "fee"),
    ("Minha anuidade venceu, quanto eu pago?", "$350", "fee"),
    ("Fui voluntária 10 horas por semana durante 2 anos. Sou elegível?", "1,040", "eligibility"),
    ("Me matriculei em março de 2024. Qual é o prazo final? Ainda dá tempo?", "March 2028", "deadline"),
    ("fui certificada em maio de 2023. quando preciso renovar?", "May 2027", "renewal"),
    ("Para a renovação: 2 dias de conferência e uma oficina de 2 horas sobre tecnologia. Quantas horas eu tenho?",
     "14", "contact-hours"),
    # Polish
    ("Nie jestem członkiem ALA. Ile zapłacę łącznie za trzy kursy po 195 $?", "$585", "fee"),
    ("moje czlonkostwo wygaslo. ile musze zaplacic?", "$350", "fee"),
    ("Pracuję 20 godzin tygodniowo od stycznia 2024 do teraz. Czy jestem uprawniona?", "3,033", "eligibility"),
    ("Zapisałam się w marcu 2024. Do kiedy muszę skończyć? Czy mam jeszcze czas?", "March 2028", "deadline"),
    ("Dostałam certyfikat w maju 2023. Kiedy muszę odnowić?", "May 2027", "renewal"),
    ("Do odnowienia mam 2 dni konferencji i trzy webinary po 90 minut o technologii. Ile godzin mam?", "16.5",
     "contact-hours"),
    # Vietnamese
    ("Em không phải thành viên ALA. Tổng cộng bao nhiêu tiền nếu học 3 khóa, mỗi khóa 195 đô?", "$585", "fee"),
    ("Hội viên ALA của em hết hạn rồi. Em phải trả bao nhiêu?", "$350", "fee"),
    ("Em làm việc 20 giờ mỗi tuần từ tháng 1/2024 đến nay. Em có đủ điều kiện không?", "3,033", "eligibility"),
    ("em dang ky thang 3 nam 2024. han chot la khi nao? em con kip khong?", "March 2028", "deadline"),
    ("Em được cấp chứng chỉ tháng 5/2023. Khi nào em phải gia hạn?", "May 2027", "renewal"),
    ("Để gia hạn: 2 ngày hội nghị, 3 webinar mỗi buổi 90 phút về công nghệ. Em có bao nhiêu giờ?", "16.5",
     "contact-hours"),
    # Hindi
    ("main ALA member nahi hoon. 3 course, har course $195 ka, kul milakar kitna lagega?", "$585", "fee"),
    ("meri ALA membership expire ho gayi hai, kitna dena hoga?", "$350", "fee"),
    ("maine 2 saal se 10 ghante har hafte volunteer kiya hai. kya main eligible hoon?", "1,040", "eligibility"),
    ("main 20 ghante hafte mein january 2024 se kaam kar rahi hoon, abhi tak. kya main eligible hoon?", "3,033",
     "eligibility"),
    ("maine march 2024 mein enroll kiya tha. deadline kab hai? abhi bhi time hai?", "March 2028", "deadline"),
    ("main may 2023 mein certify hui thi. renew kab karna hai?", "May 2027", "renewal"),
    ("renewal ke liye: 2 din conference, teen webinar har ek 90 minute ka technology par. mere kitne ghante hue?",
     "16.5", "contact-hours"),
    ("मैं ALA सदस्य नहीं हूँ। फीस कितनी है?", "$350", "fee"),
])
def test_calculations_asked_in_german_portuguese_polish_vietnamese_and_hindi(knowledge, context, question, expected,
                                                                             topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize(("question", "english"), [
    ("Ich habe Foundations abgeschlossen und Technology angefangen, aber abgebrochen. Was fehlt noch?",
     "i have foundations completed and technology started, but withdrew. what is left?"),
    ("Landesverband-Mitglied, kein ALA-Mitglied: Gebuehr pro Kurs?",
     "state association member, not an ala member: fee per course?"),
    ("Comecei Technology mas desisti. Tenho bolsa para a metade da taxa.",
     "i started technology but i withdrew. i have grant for half of the fee."),
    ("trabalho remunerado desde 2023 até hoje, sou associada da associação estadual",
     "paid job since 2023 until now, i am a member of the state association"),
    ("Zrezygnowałam z Technology. Mam stypendium na połowę opłaty.",
     "i withdrew from technology. i have a grant for half fee."),
    ("pracowałam jako wolontariuszka przez półtora roku, płatna praca od maja",
     "i worked as a volunteer for a year and a half, paid job since may"),
    ("em da bat dau Technology nhung da rut. dong nghiep cua em co hoc bong mot nua le phi",
     "i started technology but withdrew. my coworker have grant half fee"),
    ("maine Technology shuru kiya tha lekin chhod diya. mujhe aadhi fees ka grant mila",
     "i technology started but withdrew. i half fees i got a grant"),
    ("मैंने दो साल से हफ्ते में 20 घंटे काम किया", "i for two years a week 20 hours worked"),
    ("तीन वेबिनार, ९० मिनट", "three webinars, 90 minutes"),
])
def test_words_are_said_in_english(question, english) -> None:
    assert in_english(question) == english


@pytest.mark.parametrize("question", [
    # each holds words spelled like German, Portuguese, Polish, Vietnamese or Hindi ones ("die", "man", "hai", "co",
    # "na", "ma", "to", "nie", "im", "mit", "main", "Maine", "teen", "tam", "ba", "mere", "par", "das", "um"), and
    # stays English
    "Will I die before I finish? The man at the desk said na, 2 more sets to go",
    "I'm a member of a co-op, and my coworker is a man named Hai. Do I still need Technology?",
    "Co-worker asked how many hours to renew; Ma said no, nie means nothing to me",
    "I live in Maine and work 20 hours a week at the main library, am I eligible?",
    "im a teen services aide, worked 10 hrs a week for 2 years at MIT; do I qualify?",
    "My boss Tam and I took Access Services. Ba humbug, what's left to do? um, my mere 10 hours on tech, par?",
    "Das is my cat's name. Can you e-mail me at lib.com? Thi and Mai ask about the fee too",
])
def test_english_with_look_alike_words_of_the_new_languages_is_left_as_it_is(question) -> None:
    assert in_english(question) == question


def test_entries_are_written_as_they_are_matched() -> None:
    """Every entry is written without accents, as a message is read (`_plain`), or it could never be found."""
    from lssc_bot.understanding.glossary import GLOSSARY, _plain

    assert [entry for words in GLOSSARY.values() for entry in words if _plain(entry) != entry] == []


@pytest.mark.parametrize(("question", "required", "electives"), [
    # Turkish, with its letters and its cases after a name ("Technology'yi")
    ("Merhaba, Foundations ve Technology'yi tamamladım. Geriye ne kaldı?", [CT], 3),
    ("Foundations'tan geçtim, Technology'den kaldım, Access Services'e devam ediyorum. Eksik ne?", [CT, TECH], 3),
    ("Meslektaşım Technology ve Youth Services'i bitirdi. Ona ne kaldı?", [FLS, CT], 2),
    ("ben Technology bitirdim, kalan ne?", [FLS, CT], 3),
    # Japanese, in romaji and in kana and kanji
    ("Foundations wa owarimashita, nokori wa?", [CT, TECH], 3),
    ("Foundations to Technology wo owarimashita. nani ga nokotte imasu ka?", [CT], 3),
    ("FoundationsとTechnologyが終わりました。あと何が必要ですか？", [CT], 3),
    ("Foundationsは合格しました。Technologyは落ちました。Access Servicesは受講中です。残りは？", [CT, TECH], 3),
    ("同僚はTechnologyとYouth Servicesを修了しました。彼女はあと何が必要ですか？", [FLS, CT], 2),
    # Korean, its particles and endings on the words
    ("안녕하세요, Foundations하고 Technology 마쳤어요. 뭐가 남았나요?", [CT], 3),
    ("Foundations는 통과했고 Technology는 떨어졌고 Access Services는 듣고 있어요. 뭐가 부족해요?", [CT, TECH], 3),
    ("제 동료가 Technology와 Youth Services를 이수했어요. 그녀는 뭐가 더 필요해요?", [FLS, CT], 2),
    ("Foundations kkeutnasseoyo, mwoga namasseoyo?", [CT, TECH], 3),
    # Russian, in Cyrillic and romanized
    ("Здравствуйте! Я закончила Foundations и Technology. Что осталось?", [CT], 3),
    ("Foundations сдала, Technology не сдала, Access Services в процессе. Что мне ещё нужно?", [CT, TECH], 3),
    ("Моя коллега закончила Technology и Youth Services. Что ей ещё нужно?", [FLS, CT], 2),
    ("ya zakonchila Foundations i Technology, chto mne ostalos?", [CT], 3),
    # Arabic, in its script (with and without hamza) and in Arabizi
    ("أكملت Foundations و Technology. ما المتبقي؟", [CT], 3),
    ("نجحت في Foundations ورسبت في Technology وأدرس حاليا Access Services. ماذا ينقصني؟", [CT, TECH], 3),
    ("زميلتي انهت Technology و Youth Services. ماذا تحتاج بعد؟", [FLS, CT], 2),
    ("5alast Foundations w Technology, shu ba2i?", [CT], 3),
])
def test_whats_left_asked_in_turkish_japanese_korean_russian_and_arabic(knowledge, context, question, required,
                                                                        electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # Turkish
    ("ALA üyesi değilim. Her biri 195 $ olan 3 kurs için toplam ne kadar ödeyeceğim?", "$585", "fee"),
    ("ALA üyeliğimin süresi doldu, ne kadar ödeyeceğim?", "$350", "fee"),
    ("Eyalet kütüphane derneğinin üyesiyim ama ALA üyesi değilim. Ne kadar ödeyeceğim?", "$350", "fee"),
    ("Ocak 2024'ten beri haftada 20 saat kütüphanede çalışıyorum, şimdiye kadar. Uygun muyum?", "3,033",
     "eligibility"),
    ("2 yıldır haftada 10 saat gönüllü olarak çalıştım. Uygun muyum?", "1,040", "eligibility"),
    ("Nisan 2024'te kaydoldum. Son tarih ne zaman? Hâlâ vaktim var mı?", "April 2028", "deadline"),
    ("Haziran 2023'te sertifika aldım. Ne zaman yenilemeliyim?", "June 2027", "renewal"),
    ("Yenileme için: 2 gün konferans ve 90'ar dakikalık üç web semineri teknoloji hakkında. Kaç saatim var?",
     "16.5", "contact-hours"),
    # Japanese
    ("ALAの会員ではありません。1講座195ドルで3講座、合計でいくらですか？", "$585", "fee"),
    ("会員資格が切れました。いくら払いますか？", "$350", "fee"),
    ("2024年1月から週20時間図書館で働いています。今まで。資格がありますか？", "3,033", "eligibility"),
    ("2024年4月に登録しました。締め切りはいつですか？まだ間に合いますか？", "April 2028", "deadline"),
    ("2023年6月に認定されました。いつ更新しますか？", "June 2027", "renewal"),
    ("更新のため：会議2日間と、テクノロジーについてのウェビナー3つ、それぞれ90分。何時間ありますか？", "16.5",
     "contact-hours"),
    ("ALA no kaiin desu. ryoukin wa ikura desu ka?", "$325", "fee"),
    ("2023 nen 5 gatsu ni nintei saremashita. koushin wa itsu desu ka?", "May 2027", "renewal"),
    # Korean
    ("저는 ALA 회원이 아니에요. 과목당 195달러로 세 과목이면 합계 얼마예요?", "$585", "fee"),
    ("ALA 회원 자격이 만료됐어요. 얼마 내야 해요?", "$350", "fee"),
    ("2024년 1월부터 지금까지 도서관에서 주 20시간 일하고 있어요. 자격이 있나요?", "3,033", "eligibility"),
    ("2년 동안 주 10시간 자원봉사했어요. 자격이 되나요?", "1,040", "eligibility"),
    ("2024년 4월에 등록했어요. 마감이 언제예요? 아직 시간이 있나요?", "April 2028", "deadline"),
    ("2023년 6월에 인증받았어요. 언제 갱신해요?", "June 2027", "renewal"),
    ("갱신을 위해: 학회 2일, 기술에 관한 웨비나 3개, 각각 90분. 몇 시간이에요?", "16.5", "contact-hours"),
    # Russian
    ("Я не член ALA. Сколько всего за три курса по $195?", "$585", "fee"),
    ("Моё членство в ALA истекло. Сколько мне платить?", "$350", "fee"),
    ("Я работаю в библиотеке 20 часов в неделю с января 2024 года по настоящее время. Подхожу ли я?", "3,033",
     "eligibility"),
    ("Я записалась в апреле 2024 года. Какой крайний срок? Ещё успеваю?", "April 2028", "deadline"),
    ("Я получила сертификат в июне 2023 года. Когда продлевать?", "June 2027", "renewal"),
    ("Для продления: 2 дня конференции и три вебинара по 90 минут по технологиям. Сколько у меня часов?", "16.5",
     "contact-hours"),
    # Arabic
    ("لست عضوا في ALA. كم المجموع لثلاث دورات كل واحدة 195 دولار؟", "$585", "fee"),
    ("انتهت عضويتي في ALA. كم أدفع؟", "$350", "fee"),
    ("أعمل 20 ساعة في الأسبوع في مكتبة منذ يناير 2024 حتى الآن. هل أنا مؤهلة؟", "3,033", "eligibility"),
    ("تطوعت 10 ساعات في الأسبوع لمدة سنتين. هل أنا مؤهلة؟", "1,040", "eligibility"),
    ("سجلت في أبريل 2024. ما هو الموعد النهائي؟ هل ما زال لدي وقت؟", "April 2028", "deadline"),
    ("حصلت على الشهادة في يونيو 2023. متى أجدد؟", "June 2027", "renewal"),
    ("للتجديد: يومين في مؤتمر و3 ندوات عبر الإنترنت مدة كل واحدة 90 دقيقة عن التكنولوجيا. كم ساعة لدي؟", "16.5",
     "contact-hours"),
])
def test_calculations_asked_in_turkish_japanese_korean_russian_and_arabic(knowledge, context, question, expected,
                                                                         topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize(("question", "english"), [
    ("Technology'ye başladım ama bıraktım. Ücretin yarısı için hibe aldım.",
     "technology i started but i withdrew. of the fee half for i got a grant."),
    ("Ekim 2022'den bugüne kadar ücretli iş, çalışanım da gönüllü",
     "since october 2022 until now paid job, my employee also volunteer"),
    ("Technologyを始めましたがやめました。受講料の半額の助成金があります。", "technology started withdrew. fee half grant i have."),
    ("Technology wo hajimemashita ga yamemashita. joseikin wa hangaku desu", "technology started withdrew. grant half"),
    ("제 직원은 2022년 10월부터 현재까지 유급 직원이에요", "my employee since october 2022 until now paid job"),
    ("Я начала Technology, но бросила. У меня грант на половину взноса.",
     "i started technology, but withdrew. i have grant for half fee."),
    ("Мой сотрудник работал волонтёром с октября 2022 года до сих пор",
     "my employee worked as a volunteer since october 2022 until now"),
    ("بدأت Technology لكن انسحبت. عندي منحة لنصف الرسوم.", "i started technology but i withdrew. i have grant half the fee."),
    ("bada2t Technology bas insa7abt, 3andi min7a nos el rusum",
     "i started technology but i withdrew, i have grant half the fee"),
    ("٢ ورشة عمل و٣ جلسة، ٩٠ دقيقة", "2 workshop and 3 session, 90 minutes"),
    ("ウェビナー２つ、ワークショップ１つ、十月から", "2 webinar, 1 workshop, october from"),
])
def test_words_of_turkish_japanese_korean_russian_and_arabic_are_said_in_english(question, english) -> None:
    assert in_english(question) == english


@pytest.mark.parametrize("question", [
    # each holds words spelled like Turkish, Japanese, Korean, Russian or Arabic ones ("kim", "son", "bin", "ne",
    # "da", "wa", "no", "to", "ka", "ana", "la", "on", "ben", "go", "fun", "san", "set", "mesh", "let", "god"), and
    # stays English
    "Kim and my son Ben finished Foundations; is there a bin for the forms? ne, not yet. what is left to do?",
    "I work in WA, no, in Washington DC. Do I go to the ALA site to pay? ka-ching, that's a fee",
    "Ana said la la la: is there a da Vinci course? no. I want to renew on time",
    "my coworker Hana took a set on technology; is it fun? Let me go see, god knows, it is a mesh of hours",
    "Sana and Kare from the Mart in San Jose: ima ask about the renewal, mo money, ni hao, de nada",
    "I did 2 webinars on tech, o and one workshop at the state con. Ne, Ka, Ya, Ona, Sem, Tri, Odin?",
    "bas guitar lessons don't count, do they? Mish and Maris asked, nos amis too, fi fie fo",
    "My boss Kasim was certified in March, hala! on-the-job hours: 20 hrs a week, 2 years; am I eligible?",
])
def test_english_with_look_alike_words_of_the_fifth_five_languages_is_left_as_it_is(question) -> None:
    assert in_english(question) == question


@pytest.mark.parametrize(("written", "read"), [
    ("Kaldı, ŞUBAT, İş", "kaldi, subat, is"),  # Turkish dotless and dotted i, cedilla, breve
    ("Ещё какой", "еще какои"),  # Cyrillic breve and diaeresis
    ("أنهيت، إلى آخر ٢٠٢٤؟", "انهيت, الي اخر 2024?"),  # hamza, madda, "ى", Arabic digits and marks
    ("が、パ。회원", "が, パ. 회원"),  # kana voicing marks and Hangul kept whole
])
def test_letters_of_the_new_languages_are_read_as_typed_without_their_keys(written, read) -> None:
    from lssc_bot.understanding.glossary import _plain

    assert _plain(written) == read


@pytest.mark.parametrize(("question", "required", "electives"), [
    # Mandarin, in simplified and traditional characters and in pinyin (with its tone marks and without)
    ("大家好，我已经完成了Foundations和Technology，还剩什么？", [CT], 3),
    ("我已經修完了Foundations和Communication and Teamwork，還差什麼？", [TECH], 3),
    ("Foundations通过了，Technology没通过，Access Services正在上。我还需要什么？", [CT, TECH], 3),
    ("我的同事完成了Technology和Youth Services。她还需要什么？", [FLS, CT], 2),
    ("wǒ yǐjīng wánchéng le Foundations hé Technology, hái shèng shénme?", [CT], 3),
    ("wo xiu wan le Foundations, hai cha ji ge?", [CT, TECH], 3),
    # Ukrainian, in Cyrillic and transliterated
    ("Привіт! Я закінчила Foundations і Technology. Що мені залишилось?", [CT], 3),
    ("Foundations склала, Technology не склала, Access Services в процесі. Що ще потрібно?", [CT, TECH], 3),
    ("Моя колега закінчила Technology та Youth Services. Що їй ще потрібно?", [FLS, CT], 2),
    ("Я завершив Foundations. Скільки ще залишилось?", [CT, TECH], 3),
    ("ya zakinchyla Foundations i Technology, shcho zalyshylos?", [CT], 3),
    # Haitian Creole, with its accents and without them
    ("Bonjou! M fini Foundations ak Technology. Kisa ki rete?", [CT], 3),
    ("Mwen pase Foundations, m echwe Technology, m ap pran Access Services kounye a. Kisa m bezwen ankò?",
     [CT, TECH], 3),
    ("Kolèg mwen an fini Technology ak Youth Services. Kisa li bezwen ankò?", [FLS, CT], 2),
    ("M deja fini Foundations. Konbyen kou ankò?", [CT, TECH], 3),
    # Somali
    ("Salaan! Waxaan dhammeeyay Foundations iyo Technology. Maxaa ii haray?", [CT], 3),
    ("Waan gudbay Foundations, Technology waan ku dhacay, Access Services hadda waxaan qaadanayaa. Maxaa ii dhiman?",
     [CT, TECH], 3),
    ("La shaqeeyahayga waxay dhammeysay Technology iyo Youth Services. Maxaa u haray?", [FLS, CT], 2),
    ("Waxaan dhammeeyay Foundations. Immisa ayaa ii haray?", [CT, TECH], 3),
])
def test_whats_left_asked_in_chinese_ukrainian_creole_and_somali(knowledge, context, question, required,
                                                                 electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # Mandarin
    ("我不是ALA会员，要交多少钱？", "$350", "fee"),
    ("我是ALA會員，費用是多少？", "$325", "fee"),
    ("我不是ALA会员。三门课，每门195美元，一共多少钱？", "$935", "fee"),
    ("我的会员资格过期了，要付多少钱？", "$350", "fee"),
    ("我每周在图书馆工作20小时，已经两年了。我符合资格吗？", "2,080", "eligibility"),
    ("我從2024年1月開始每週在圖書館工作20小時，至今。我符合資格嗎？", "3,033", "eligibility"),
    ("我做义工每周10个小时，做了两年。我符合资格吗？", "1,040", "eligibility"),
    ("我2024年3月报名了。截止日期是什么时候？还来得及吗？", "March 2028", "deadline"),
    ("我2023年5月获得了认证。什么时候续期？", "May 2027", "renewal"),
    ("为了续期：两天州会议，三个关于技术的网络研讨会，每个90分钟。我有多少小时？", "16.5", "contact-hours"),
    ("我已经有30个学时，其中2个关于技术。还差多少？", "2 more", "contact-hours"),
    ("wo bu shi ALA hui yuan, yao jiao duo shao qian?", "$350", "fee"),
    ("wo 2024 nian 3 yue bao ming le. jie zhi ri qi shi shen me shi hou?", "March 2028", "deadline"),
    ("对，我2024年4月被录取了。截止日期是什么时候？", "April 2028", "deadline"),
    # Ukrainian
    ("Я не член ALA. Скільки коштує?", "$350", "fee"),
    ("Так, я член ALA. Скільки мені платити?", "$325", "fee"),
    ("Ні, я не член. Скільки разом за три курси по $195?", "$935", "fee"),
    ("Моє членство закінчилося. Скільки платити?", "$350", "fee"),
    ("Я працюю в бібліотеці 20 годин на тиждень з січня 2024 року досі. Чи підходжу я?", "3,033", "eligibility"),
    ("Я волонтерила 10 годин на тиждень протягом 2 років. Чи підходжу я?", "1,040", "eligibility"),
    ("Я зареєструвалася у березні 2024 року. Коли кінцевий термін? Ще встигаю?", "March 2028", "deadline"),
    ("Я отримала сертифікат у травні 2023 року. Коли поновлювати?", "May 2027", "renewal"),
    ("Для поновлення: 2 дні конференції і три вебінари по 90 хвилин про технології. Скільки в мене годин?", "16.5",
     "contact-hours"),
    ("ya pratsiuiu 20 hodyn na tyzhden vzhe 2 roky. chy pidkhodzhu ya?", "2,080", "eligibility"),
    ("ya ne chlen ALA, skilky koshtuie?", "$350", "fee"),
    ("Так, мене прийняли у квітні 2024 року. Коли кінцевий термін?", "April 2028", "deadline"),
    # Haitian Creole
    ("M pa manm ALA. Konbyen m ap peye?", "$350", "fee"),
    ("Wi, m se manm ALA. Konbyen li koute?", "$325", "fee"),
    ("M pa manm ALA. Konbyen an total ak twa kou a $195 chak?", "$935", "fee"),
    ("Manm mwen ekspire. Konbyen pou m peye?", "$350", "fee"),
    ("M travay nan yon bibliyotèk 20 èdtan pa semèn depi de an. Èske m kalifye?", "2,080", "eligibility"),
    ("M te fè volontè 10 èdtan pa semèn pandan 2 an. Èske m kalifye?", "1,040", "eligibility"),
    ("M travay 20 èdtan pa semèn depi janvye 2024 jiska kounye a. Èske m kalifye?", "3,033", "eligibility"),
    ("M enskri an mas 2024. Kilè dat limit la? Èske m gen tan toujou?", "March 2028", "deadline"),
    ("M te sètifye an me 2023. Kilè pou m renouvle?", "May 2027", "renewal"),
    ("Pou renouvèlman an: 2 jou konferans ak twa webinè sou teknoloji, chak youn 90 minit. Konbyen èdtan m genyen?",
     "16.5", "contact-hours"),
    ("Mwen gen 30 èdtan pou renouvèlman, 2 sou teknoloji. Konbyen ankò m bezwen?", "2 more", "contact-hours"),
    ("Wi, yo aksepte m an avril 2024. Kilè dat limit la?", "April 2028", "deadline"),
    # Somali
    ("Xubin ALA ma ihi. Immisa ayaan bixinayaa?", "$350", "fee"),
    ("Haa, waxaan ahay xubin ALA. Waa immisa khidmadda?", "$325", "fee"),
    ("Xubin ALA ma ihi. Immisa wadarta saddex koorso oo mid kasta $195?", "$935", "fee"),
    ("Xubinnimadaydu way dhacday. Immisa ayaan bixinayaa?", "$350", "fee"),
    ("Waxaan ka shaqeeyaa maktabadda 20 saacadood todobaadkii muddo laba sano ah. Ma u qalmaa?", "2,080",
     "eligibility"),
    ("Tabarruc ahaan waxaan ka shaqeeyay 10 saacadood todobaadkii muddo 2 sano. Ma u qalmaa?", "1,040", "eligibility"),
    ("Waxaan ka shaqeeyaa maktabad 20 saacadood todobaadkii tan iyo Janaayo 2024 ilaa hadda. Ma u qalmaa?", "3,033",
     "eligibility"),
    ("Waxaan ka shaqeeyaa maktabadda 20 saacadood todobaadkii muddo sano iyo badh. Ma u qalmaa?", "1,560",
     "eligibility"),
    ("Waxaan is diiwaangeliyay Maarso 2024. Goorma waqtiga kama dambaysta? Weli waqti ma haystaa?", "March 2028",
     "deadline"),
    ("Waxaan helay shahaadada Maajo 2023. Goorma ayaan cusboonaysiinayaa?", "May 2027", "renewal"),
    ("Cusboonaysiinta: 2 maalmood shirweyne iyo saddex webinar oo ku saabsan tignoolajiyada, mid kasta 90 daqiiqo. "
     "Immisa saacadood ayaan haystaa?", "16.5", "contact-hours"),
    ("Waxaan haystaa 30 saacadood oo cusboonaysiin ah, 2 ku saabsan tignoolajiyada. Immisa ayaa ii haray?", "2 more",
     "contact-hours"),
    ("Haa, la i aqbalay Abriil 2024. Goorma waqtiga kama dambaysta?", "April 2028", "deadline"),
])
def test_calculations_asked_in_chinese_ukrainian_creole_and_somali(knowledge, context, question, expected,
                                                                  topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize(("question", "english"), [
    # Mandarin: pinyin read the same with its tone marks, a syllable or a word at a time; numbers in words as digits
    ("hái shèng shénme? hai sheng shen me? haisheng shenme?", "what is left? what is left? what is left?"),
    ("wo you zi ge ma? wo mei zhou gong zuo 20 xiao shi", "am i eligible? i work 20 hours a week"),
    ("我开始了Technology，但是放弃了。我有一半费用的补助。", "i started technology, but withdrew. i have half cost grant."),
    ("二〇二四年三月，一百九十五美元，两门课", "march 2024, $195, 2 courses"),
    ("還來得及嗎？還有時間嗎？", "is there still time? is there still time?"),
    # Ukrainian, its apostrophe as typed on a Ukrainian keyboard ("ʼ")
    ("Я почала Technology, але кинула. У мене грант на половину внеску.",
     "i started technology, but withdrew. i have grant for half fee."),
    ("пʼять вебінарів і два семінари, по 90 хвилин", "five webinars and two workshops, of 90 minutes each"),
    ("Моя співробітниця працювала волонтеркою з жовтня 2022 року досі",
     "my employee worked as a volunteer since october 2022 until now"),
    # Haitian Creole: "de", "sis", "set" and "out" are numbers and a month only where Creole says so
    ("Non, m pa manm ALA. M te komanse Technology, m abandone.",
     "no, i am not an ala member. i started technology, i withdrew."),
    ("de an, sis mwa ak set semèn nan bibliyotèk la", "2 years, 6 months and 7 weeks in a library"),
    ("Kolèg mwen an travay 16 èdtan chak semèn depi out 2023", "my coworker work 16 hours a week since august 2023"),
    # Somali
    ("Maya, xubin ALA ma ihi. Waan bilaabay Technology, waan joojiyay.",
     "no, i am not an ala member. i started technology, i withdrew."),
    ("laba sano iyo lix bilood, tan iyo Oktoobar 2022", "2 years and 6 months, since october 2022"),
])
def test_words_of_chinese_ukrainian_creole_and_somali_are_said_in_english(question, english) -> None:
    assert in_english(question) == english


def test_han_characters_are_japanese_with_kana_and_chinese_without() -> None:
    """The same kanji and Han characters ("更新", "期限") are read by the Japanese glossary in a message with kana and
    by the Chinese one in a message without: neither reads the other's particles ("の", "的")."""
    assert in_english("更新の期限はいつですか？") == "renewal deadline when?"
    assert in_english("更新的期限是什么时候？") == "renewal deadline is when?"


@pytest.mark.parametrize("question", [
    # each holds words spelled like pinyin, Ukrainian, Creole or Somali ones ("he", "you", "women", "ma", "ye", "shi",
    # "liu", "san", "ale", "tak", "ni", "ya", "sim", "me", "sis", "de", "dis", "out", "set", "mas", "lane", "pa", "wi",
    # "si", "maya", "hal", "shan", "afar", "ah", "mid", "oo"), and stays English
    "He said you and the women need to set out in May; ma and pa ye, then what's left? er, yi",
    "I'm taking Technology, my coworker Shi Liu asked; Tian and Dui said bu, gen z, qi and san too",
    "Sim, the ale was on tak; Ni said ya, ne, I'll try, what is left after Foundations?",
    "Me and my sis: de facto, dis is out, set me free, in Mas 2024? Kat Li from Nan's lane paid the fee",
    "Maya, Hal and Shan came from afar; ah, the mid Bil of 2024, oo! is it way too soon to renew?",
    "The men in the band, He Tian and Wu Liu, gave me a ma'am. Total due? De nada. Non member fee please",
    "so what is left if I did Foundations? oo la la, ka-ching, ku klux, u r, i is, mid-way, soo tired",
    "Is a wi-fi workshop on the AP style guide OK for tech hours? si, te, ak and li were there too",
])
def test_english_with_look_alike_words_of_chinese_ukrainian_creole_and_somali_is_left_as_it_is(question) -> None:
    assert in_english(question) == question


@pytest.mark.parametrize(("written", "read"), [
    ("Їй, пʼять, ґрант", "іи, п'ять, ґрант"),  # Ukrainian "ї", "й" and its apostrophe
    ("wǒ yǐjīng wánchéng le, lǜ", "wo yijing wancheng le, lu"),  # pinyin's tone marks and "ü"
    ("kolèg, kilè, sètifye", "koleg, kile, setifye"),  # Creole's accents
    ("还剩什么，還剩什麼：", "还剩什么, 還剩什麼: "),  # Han kept whole, full-width comma and colon as typed in English
])
def test_letters_of_chinese_ukrainian_and_creole_are_read_as_typed_without_their_keys(written, read) -> None:
    from lssc_bot.understanding.glossary import _plain

    assert _plain(written) == read


@pytest.mark.parametrize(("question", "expected"), [
    # words of the twentieth round's public sets the glossary first lacked: Somali "iska qoray" (registered),
    # Haitian Creole "ladan yo" (of them), Ukrainian "z nykh" (of them), "maiu" (I have), "dlia chlena" (for a member)
    ("Waxaan LSSC iska qoray March 2024. Deadline-kaygu goormuu yahay?", "March 2028"),
    ("Mwen gen 24 èdtan pou renouvèlman an, 2 ladan yo se sou teknoloji. Konbyen èdtan ankò m bezwen?", "8 more"),
    ("Maiu 10 hodyn, z nykh 4 hodyn pro technology. Skilky shche hodyn treba dlia renewal?", "22 more"),
    ("Skilky koshtuye LSSC dlia chlena ALA?", "$325"),
])
def test_words_the_round_twenty_sets_were_missing(knowledge, context, question, expected) -> None:
    says(knowledge, context, question, expected)


@pytest.mark.parametrize(("question", "required", "electives"), [
    # Persian, in its script (with and without the zero-width non-joiner) and in Finglish
    ("من Foundations و Technology را تمام کرده‌ام. چه چیزی باقی مانده؟", [CT], 3),
    ("Foundations را قبول شدم، Technology را رد شدم و الان Access Services را می‌گذرانم. چه چیزی مانده؟", [CT, TECH], 3),
    ("همکارم Technology و Youth Services را تمام کرده. چه چیزی برایش مانده؟", [FLS, CT], 2),
    ("من Foundations را گذراندم. چند تا دیگر مانده؟", [CT, TECH], 3),
    ("man Foundations ro tamoom kardam, chi baghi mounde?", [CT, TECH], 3),
    ("Foundations va Technology ro tamoom kardam. dige chi lazem daram?", [CT], 3),
    ("hamkaram Technology va Youth Services ro tamoom karde. oon chi lazem dare?", [FLS, CT], 2),
    # Bengali, in its script and romanized
    ("আমি Foundations আর Technology শেষ করেছি, আর কী বাকি আছে?", [CT], 3),
    ("Foundations পাস করেছি, Technology-তে ফেল করেছি, Access Services এখন করছি। কী বাকি আছে?", [CT, TECH], 3),
    ("আমার সহকর্মী Technology আর Youth Services শেষ করেছেন। ওনার আর কী বাকি আছে?", [FLS, CT], 2),
    ("আমি Foundations শেষ করেছি। আর কয়টা বাকি?", [CT, TECH], 3),
    ("ami Foundations shesh korechi, ar ki baki ache?", [CT, TECH], 3),
    ("ami Foundations ar Technology shesh korechi. ar koyta baki?", [CT], 3),
    ("amar colleague Technology ar Youth Services shesh koreche. or ar ki baki ache?", [FLS, CT], 2),
    # Swahili
    ("nimemaliza Foundations na Technology, nimebakiza nini?", [CT], 3),
    ("Nimefaulu Foundations, nimefeli Technology, na ninasoma Access Services sasa. Nimebakiza nini?", [CT, TECH], 3),
    ("Mfanyakazi mwenzangu amemaliza Technology na Youth Services. Amebakiza nini?", [FLS, CT], 2),
    ("Nimemaliza Foundations. Zimebaki ngapi?", [CT, TECH], 3),
    # Hmong, in the Romanized Popular Alphabet
    ("kuv kawm tiav Foundations lawm, tseem tshuav dab tsi?", [CT, TECH], 3),
    ("Kuv kawm tiav Foundations thiab Technology lawm. Tseem tshuav dab tsi?", [CT], 3),
    ("Kuv xeem dhau Foundations, xeem poob Technology, thiab tab tom kawm Access Services. Tseem tshuav dab tsi?",
     [CT, TECH], 3),
    ("Kuv tus npoj yaig kawm tiav Technology thiab Youth Services lawm. Nws tseem tshuav dab tsi?", [FLS, CT], 2),
])
def test_whats_left_asked_in_persian_bengali_swahili_and_hmong(knowledge, context, question, required,
                                                               electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # Persian
    ("من عضو ALA نیستم. هزینه چقدر است؟", "$350", "fee"),
    ("عضو ALA هستم. هزینه‌اش چقدر می‌شود؟", "$325", "fee"),
    ("عضو ALA نیستم. سه دوره، هر کدام ۱۹۵ دلار. در مجموع چقدر باید بپردازم؟", "$935", "fee"),
    ("عضو ALA نیستم و سه دوره‌ی ۱۹۵ دلاری دارم. در مجموع چقدر می‌شود؟", "$935", "fee"),
    ("عضویتم منقضی شده. چقدر باید پرداخت کنم؟", "$350", "fee"),
    ("من عضو ALA نيستم. هزينه چقدر است؟", "$350", "fee"),  # typed on an Arabic keyboard ("ي")
    ("هفته‌ای ۲۰ ساعت در کتابخانه کار می‌کنم، دو سال است. آیا واجد شرایط هستم؟", "2,080", "eligibility"),
    ("به مدت ۲ سال هفته‌ای ۱۰ ساعت داوطلبانه کار کردم. آیا واجد شرایط هستم؟", "1,040", "eligibility"),
    ("از ژانویه ۲۰۲۴ تا الان هفته‌ای ۲۰ ساعت در کتابخانه کار می‌کنم. آیا واجد شرایط هستم؟", "3,033", "eligibility"),
    ("در مارس ۲۰۲۴ ثبت‌نام کردم. مهلت کی تمام می‌شود؟ هنوز وقت دارم؟", "March 2028", "deadline"),
    ("در مه ۲۰۲۳ گواهی‌نامه گرفتم. کی باید تمدید کنم؟", "May 2027", "renewal"),
    ("گواهی‌نامه‌ام را در آوریل ۲۰۲۳ گرفتم. کی منقضی می‌شود؟", "April 2027", "renewal"),
    ("برای تمدید: ۲ روز کنفرانس و سه وبینار، هر کدام ۹۰ دقیقه، درباره فناوری. چند ساعت دارم؟", "16.5",
     "contact-hours"),
    ("برای تمدید ۳۰ ساعت دارم، ۲ ساعت درباره فناوری. چند ساعت دیگر لازم دارم؟", "2 more", "contact-hours"),
    ("man ozve ALA nistam. hazine cheghadr mishe?", "$350", "fee"),
    ("man ozve ALA nistam. se ta dore, har kodoom 195 dolar. dar majmoo cheghadr bayad bedam?", "$935", "fee"),
    ("man 2 sale ke haftei 20 saat dar ketabkhane kar mikonam. vajede sharayet hastam?", "2,080", "eligibility"),
    ("man march 2024 sabt nam kardam. mohlat key tamoom mishe?", "March 2028", "deadline"),
    ("man may 2023 govahi gereftam. key bayad tamdid konam?", "May 2027", "renewal"),
    # Bengali
    ("আমি ALA-র সদস্য নই। ফি কত?", "$350", "fee"),
    ("আমি ALA সদস্য। ফি কত টাকা?", "$325", "fee"),
    ("আমি ALA সদস্য নই। তিনটি কোর্স, প্রতিটি ১৯৫ ডলার। মোট কত দিতে হবে?", "$935", "fee"),
    ("আমার সদস্যপদের মেয়াদ শেষ হয়ে গেছে। কত দিতে হবে?", "$350", "fee"),
    ("আমি সপ্তাহে ২০ ঘণ্টা লাইব্রেরিতে কাজ করি, ২ বছর ধরে। আমি কি যোগ্য?", "2,080", "eligibility"),
    ("আমি স্বেচ্ছাসেবক হিসেবে সপ্তাহে ১০ ঘণ্টা কাজ করেছি, দুই বছর ধরে। আমি কি যোগ্য?", "1,040", "eligibility"),
    ("আমি জানুয়ারি ২০২৪ থেকে এখন পর্যন্ত সপ্তাহে ২০ ঘণ্টা লাইব্রেরিতে কাজ করছি। আমি কি যোগ্য?", "3,033",
     "eligibility"),
    ("আমি মার্চ ২০২৪-এ ভর্তি হয়েছি। শেষ তারিখ কবে? এখনও সময় আছে?", "March 2028", "deadline"),
    ("আমি মে ২০২৩-এ সার্টিফাইড হয়েছি। কবে রিনিউ করতে হবে?", "May 2027", "renewal"),
    ("নবায়নের জন্য: ২ দিন কনফারেন্স আর তিনটি ওয়েবিনার, প্রতিটি ৯০ মিনিট, প্রযুক্তি নিয়ে। আমার কত ঘণ্টা হলো?",
     "16.5", "contact-hours"),
    ("নবায়নের জন্য আমার ৩০ ঘণ্টা আছে, তার মধ্যে ২টি প্রযুক্তি নিয়ে। আর কত ঘণ্টা লাগবে?", "2 more", "contact-hours"),
    ("ami ALA member noi. fee koto?", "$350", "fee"),
    ("ami ALA member noi. 3 ta course, protiti $195. sob miliye koto dite hobe?", "$935", "fee"),
    ("ami 2 bochor dhore shoptahe 20 ghonta library te kaj kori. ami ki eligible?", "2,080", "eligibility"),
    ("ami march 2024-e enroll korechi. deadline kobe?", "March 2028", "deadline"),
    ("ami may 2023-e certified hoyechi. kobe renew korte hobe?", "May 2027", "renewal"),
    # Swahili
    ("Mimi si mwanachama wa ALA. Ada ni dola ngapi?", "$350", "fee"),
    ("Mimi ni mwanachama wa ALA. Ada ni shilingi ngapi?", "$325", "fee"),
    ("Mimi si mwanachama wa ALA. Kozi tatu, kila moja dola 195. Nitalipa kiasi gani kwa jumla?", "$935", "fee"),
    ("Uanachama wangu umeisha muda. Nitalipa kiasi gani?", "$350", "fee"),
    ("Ninafanya kazi maktabani saa ishirini kwa wiki kwa miaka miwili. Je, ninastahili?", "2,080", "eligibility"),
    ("Nilijitolea saa 10 kwa wiki kwa miaka 2. Je, ninastahili?", "1,040", "eligibility"),
    ("Ninafanya kazi saa 20 kwa wiki maktabani tangu Januari 2024 hadi sasa. Je, ninastahili?", "3,033", "eligibility"),
    ("Ninafanya kazi maktabani saa 20 kwa wiki kwa mwaka mmoja na nusu. Je, ninastahili?", "1,560", "eligibility"),
    ("Nilijitolea maktabani masaa 40 kwa mwezi kwa miaka minne. Je, ninastahili?", "1,920", "eligibility"),
    ("Nilijiandikisha Machi 2024. Tarehe ya mwisho ni lini? Bado nina muda?", "March 2028", "deadline"),
    ("Nilipata cheti Mei 2023. Nihuishe lini?", "May 2027", "renewal"),
    ("Kwa ajili ya kuhuisha: siku 2 za mkutano na semina tatu za mtandaoni kuhusu teknolojia, kila moja dakika 90. "
     "Nina saa ngapi?", "16.5", "contact-hours"),
    ("Nina saa 30 kwa ajili ya kuhuisha, 2 kati yake kuhusu teknolojia. Nimebakiza saa ngapi?", "2 more",
     "contact-hours"),
    ("Nina saa 22 kwa ajili ya kuhuisha, na saa 2 kati ya hizo ni za technology. Nimebakiza saa ngapi?", "10 more",
     "contact-hours"),
    # Hmong
    ("Kuv tsis yog ALA tus tswv cuab. Yuav tsum them pes tsawg nyiaj?", "$350", "fee"),
    ("Kuv yog ALA tus tswv cuab. Pes tsawg nyiaj?", "$325", "fee"),
    ("Kuv tsis yog ALA tus tswv cuab. Peb chav kawm, txhua chav $195. Tag nrho yog pes tsawg nyiaj?", "$935", "fee"),
    ("Kuv txoj kev ua tswv cuab tas sij hawm lawm. Kuv yuav tsum them pes tsawg?", "$350", "fee"),
    ("Kuv ua hauj lwm 20 teev ib lub lim tiam hauv tsev qiv ntawv tau ob xyoos lawm. Kuv puas tsim nyog?", "2,080",
     "eligibility"),
    ("Kuv ua haujlwm pab dawb 10 teev ib lub lim tiam tau 2 xyoos. Kuv puas tsim nyog?", "1,040", "eligibility"),
    ("Kuv ua hauj lwm 20 teev ib lub lim tiam hauv tsev qiv ntawv txij li lub Ib Hlis 2024 txog tam sim no. "
     "Kuv puas tsim nyog?", "3,033", "eligibility"),
    ("Kuv ua hauj lwm 20 teev ib lub lim tiam tau ib xyoos ib nrab. Kuv puas tsim nyog?", "1,560", "eligibility"),
    ("Kuv sau npe lub Peb Hlis 2024. Hnub kawg yog thaum twg? Puas tseem muaj sij hawm?", "March 2028", "deadline"),
    ("Kuv tau daim ntawv pov thawj lub 5 hlis 2023. Thaum twg kuv yuav tsum rov ua dua?", "May 2027", "renewal"),
    ("Kuv tau txais LSSC certification thaum June 2023. Thaum twg nws expire?", "June 2027", "renewal"),
    ("Rau kev rov ua dua: 2 hnub rooj sib tham thiab peb lub webinar, ib qho 90 feeb, txog technology. "
     "Kuv muaj pes tsawg teev?", "16.5", "contact-hours"),
    ("Kuv muaj 30 teev rau kev rov ua dua, 2 ntawm lawv txog technology. Tseem tshuav pes tsawg teev?", "2 more",
     "contact-hours"),
    ("Kuv muaj 19 teev rau renewal, 4 teev yog technology. Kuv tseem xav tau pes tsawg teev ntxiv?", "13 more",
     "contact-hours"),
])
def test_calculations_asked_in_persian_bengali_swahili_and_hmong(knowledge, context, question, expected,
                                                                 topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize("question", [
    "دیپلم دبیرستان ندارم، فقط GED دارم. آیا واجد شرایط هستم؟",
    "আমার হাই স্কুল ডিপ্লোমা নেই, শুধু GED আছে। আমি কি যোগ্য?",
    "Sina diploma ya sekondari, nina GED tu. Je, ninastahili?",
    "Kuv tsis muaj daim ntawv kawm tiav high school, tsuas muaj GED xwb. Kuv puas tsim nyog?",
])
def test_a_ged_asked_about_in_persian_bengali_swahili_and_hmong(knowledge, context, question) -> None:
    reply = ask(knowledge, context, question)
    assert reply.kind == "faq" and "high school diploma or its equivalent" in reply.text, (question, reply.text)


@pytest.mark.parametrize(("question", "english"), [
    # Persian: with a zero-width non-joiner, a space for it or neither; Arabic keyboard letters; numbers in words,
    # dollars, a 90-minute webinar, a date
    ("تمام کرده‌ام، تمام کرده ام، تمام کردهام", "i finished, i finished, i finished"),
    ("عضویت من منقضی شده، عضويت من منقضي شده", "my membership expired, my membership expired"),
    ("سه وبینار ۹۰ دقیقه‌ای، دو سال و نیم، بیست و پنج ساعت در هفته",
     "3 webinar of 90 minutes each, 2.5 years, 25 hours a week"),
    ("هزینه ۵۰ دلار است یا ۳۵۰ دلار؟", "fee $50 is or $350?"),
    ("از ماه مارس ۲۰۲۴ هفته‌ای ۲۰ ساعت کار می‌کنم", "since march 2024 20 hours a week i work"),
    ("گواهی‌نامه‌ام را در آوریل ۲۰۲۳ گرفتم. کی منقضی می‌شود؟", "i was certified in april 2023. when does it expire?"),
    ("certificate LSSC-am ro April 2023 gereftam. kei expire mishe?", "i was certified in april 2023. when does it expire?"),
    ("do saat dar hafte, har kodoom 90 daghighe, haftei 20 saat", "2 hours a week of 90 minutes each, 20 hours a week"),
    ("man se ta webinar daram, do sal o nim, bist o panj saat dar hafte kar mikonam",
     "i 3 webinar i have, 2.5 years, 25 hours a week i work"),
    # Bengali: its digits, counters ("তিনটি"), case endings after a number or a name ("২০২৪-এ", "ALA-র")
    ("তিনটি ওয়েবিনার, দুই বছর, পঁচিশ ঘণ্টা", "3 webinars, 2 years, 25 hours"),
    ("ফি কত? ৩৫০ ডলার নাকি ৩২৫ ডলার?", "how much is the fee? $350 or $325?"),
    ("মার্চ ২০২৪ থেকে সপ্তাহে ২০ ঘণ্টা কাজ করি", "since march 2024 20 hours a week i work"),
    ("২০২৪-এ, ২টি কোর্স, ALA-র সদস্য নই", "2024, 2 courses, i am not an ala member"),
    ("tinta webinar, dui bochor, shoptahe 20 ghonta kaj kori", "3 webinar, 2 years, 20 hours a week i work"),
    # Swahili: a number after what it counts, in words or digits
    ("miaka minne, saa ishirini kwa wiki, dola 50", "4 years, 20 hours a week, $50"),
    ("ada ni dola ngapi? ada ni shilingi ngapi?", "how much is the fee? how much is the fee?"),
    ("tangu Januari 2024 hadi sasa, kozi gani?", "since january 2024 until now, which courses?"),
    ("Ninafanya kazi masaa 40 kwa mwezi kwa mwaka mmoja na nusu", "i work 40 hours a month for a year and a half"),
    # Hmong: numbers with their counters ("peb lub"), months by number ("lub Peb Hlis" is March)
    ("pes tsawg nyiaj? 50 duas las, 20 teev ib lub lim tiam", "how much? $50, 20 hours a week"),
    ("nees nkaum tsib teev, ob lub hlis, kaum ob xyoos", "25 hours, 2 months, 12 years"),
    ("txij li lub Peb Hlis ntuj 2024, peb lub webinar, ib qho 90 feeb", "since march 2024, 3 webinar of 90 minutes each"),
    ("Kuv muaj 19 teev, 4 teev yog technology", "i have 19 hours, 4 of them on technology"),
])
def test_words_of_persian_bengali_swahili_and_hmong_are_said_in_english(question, english) -> None:
    assert in_english(question) == english


@pytest.mark.parametrize("question", [
    # each holds words spelled like Finglish, romanized Bengali, Swahili or Hmong ones ("man", "key", "age", "ham",
    # "do", "se", "va", "chi", "dar", "alan", "hala", "bale", "sal", "ami", "amar", "ar", "ache", "kobe", "uni",
    # "tin", "sat", "na", "ni", "ada", "saa", "wiki", "mimi", "nina", "tu", "them", "tau", "ib", "ob", "los", "tag",
    # "tom", "tab", "dab"), and stays English
    "Man, the key question: at my age, do I need a diploma? Alan and Sal said no, so are we done?",
    "Ham and cheese for the VA library staff; Chi, Amma and Aya asked about the fee. Dar es Salaam is far",
    "Hala Madrid! Bale, Vali and Oon are on my team. What is left if I did Foundations? har har, ya know",
    "Merci for the help, ba dum tss. Is the Mah Jong club a library? I did 2 sets, o well",
    "Amar and Ami went to Kobe for a uni course; my head aches, ha! what is left?",
    "I sat at the tin desk for 2 hours; at din I took the course. She said koto, and Ar said ki",
    "Is the mot juste 'tar'? mash notes from Tini and Baki, nie, nai: is the renewal due?",
    "I'm with SAA and the ADA office; Nina and Mimi asked the wiki: is Technology required?",
    "Sita, Saba and Pia work in WA; is the au pair eligible? Kama said ya, tu, cha cha cha",
    "My boss Kazi and Sina did the Maktaba project in Bei Jing, za za, ni hao. Is the fee $350?",
    "I told them my tau is IB and OB; Los Angeles tag: is the fee the same for members?",
    "Tom opened a tab; a dab of paint on the PEB form. Rau and Yog asked what is left after Foundations",
    "Is it OK to do a do-si-do at the se conference? Si, I did 2 webinars per month, ham radio too",
])
def test_english_with_look_alike_words_of_persian_bengali_swahili_and_hmong_is_left_as_it_is(question) -> None:
    assert in_english(question) == question


@pytest.mark.parametrize(("written", "read"), [
    ("کرده‌ام، ۲۰۲۴٫۵", "کردهام, 2024.5"),  # Persian's zero-width non-joiner, digits and decimal separator
    ("\u09b9\u09df\u09c7\u099b\u09bf ২০২৪", "\u09b9\u09af\u09bc\u09c7\u099b\u09bf 2024"),  # Bengali digits; "য়" as its letter and nukta
])
def test_letters_of_persian_and_bengali_are_read_as_typed(written, read) -> None:
    from lssc_bot.understanding.glossary import _plain

    assert _plain(written) == read


@pytest.mark.parametrize(("question", "english"), [
    # Persian and Arabic write with the same letters: a Persian message is read as Persian ("من" is "I"), an
    # Arabic one as Arabic ("من" is "from"), and the words they share ("عضو", "مارس") count for neither
    ("من عضو ALA نیستم. هزینه چقدر است؟", "i am not an ala member. fee how much is it?"),
    ("انتهت عضويتي في ALA. كم أدفع؟", "my membership expired in ala. how much do i pay?"),
    ("أعمل 20 ساعة في الأسبوع في مكتبة منذ يناير 2024 حتى الآن.",
     "i work 20 hours a week in a library since january 2024 until now."),
    ("هل أنا مؤهل؟ أعمل من البيت", "am i eligible? i work من البيت"),
])
def test_persian_and_arabic_are_told_apart(question, english) -> None:
    assert in_english(question) == english


@pytest.mark.parametrize(("question", "required", "electives"), [
    # Urdu, in its script and as Roman Urdu
    ("میں نے Foundations اور Technology مکمل کر لیا ہے۔ اب کیا باقی ہے؟", [CT], 3),
    ("میں نے Foundations پاس کر لیا، Technology میں فیل ہو گئی، اور ابھی Access Services کر رہی ہوں۔ کیا باقی ہے؟",
     [CT, TECH], 3),
    ("میری ساتھی نے Technology اور Youth Services مکمل کر لیے ہیں۔ اسے کیا چاہیے؟", [FLS, CT], 2),
    ("mein ne Foundations mukammal kar liya hai, ab kya baqi hai?", [CT, TECH], 3),
    ("mein ne Foundations aur Technology mukammal kar liye hain. kitne baqi hain?", [CT], 3),
    # Nepali, in Devanagari and romanized
    ("मैले Foundations र Technology सकेँ। अब के बाँकी छ?", [CT], 3),
    ("मैले Foundations पास गरेँ, Technology मा फेल भएँ, अहिले Access Services गर्दैछु। के बाँकी छ?", [CT, TECH], 3),
    ("मेरो सहकर्मीले Technology र Youth Services पूरा गरिन्। उनलाई के बाँकी छ?", [FLS, CT], 2),
    ("मैले Foundations सकेँ। कति बाँकी छ?", [CT, TECH], 3),
    ("maile Foundations sakeko chu, aba k baki cha?", [CT, TECH], 3),
    # Amharic, in Ge'ez script and romanized
    ("Foundationsን እና Technologyን ጨርሻለሁ። ምን ቀረኝ?", [CT], 3),
    ("Foundationsን አልፌያለሁ፣ Technology ወድቄያለሁ፣ አሁን Access Services እየወሰድኩ ነው። ምን ቀረኝ?", [CT, TECH], 3),
    ("ባልደረባዬ Technology እና Youth Services ጨርሳለች። ምን ቀራት?", [FLS, CT], 2),
    ("Foundationsን ጨርሻለሁ። ስንት ቀረኝ?", [CT, TECH], 3),
    ("Foundations ena Technology chersalehu, min qeregn?", [CT], 3),
    # Dutch
    ("Hoi allemaal, ik heb Foundations en Technology afgerond. Wat moet ik nog doen?", [CT], 3),
    ("Foundations gehaald, voor Technology gezakt, Access Services volg ik nu. Wat mis ik nog?", [CT, TECH], 3),
    ("Mijn collega heeft Technology en Youth Services afgerond. Wat heeft ze nog nodig?", [FLS, CT], 2),
    ("Ik ben klaar met Foundations. Hoeveel heb ik er nog nodig?", [CT, TECH], 3),
])
def test_whats_left_asked_in_urdu_nepali_amharic_and_dutch(knowledge, context, question, required,
                                                           electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # Urdu
    ("میں ALA کی رکن نہیں ہوں۔ فیس کتنی ہے؟", "$350", "fee"),
    ("میں ALA کا رکن ہوں۔ فیس کتنی ہے؟", "$325", "fee"),
    ("میں ALA کی رکن نہیں ہوں۔ تین کورس، ہر ایک 195 ڈالر کا۔ کل ملا کر کتنا دینا ہوگا؟", "$935", "fee"),
    ("میری رکنیت ختم ہو گئی ہے۔ کتنا دینا ہوگا؟", "$350", "fee"),
    ("میں ۲ سال سے ہفتے میں ۲۰ گھنٹے لائبریری میں کام کرتی ہوں۔ کیا میں اہل ہوں؟", "2,080", "eligibility"),
    ("میں جنوری 2024 سے اب تک ہفتے میں 20 گھنٹے لائبریری میں کام کر رہی ہوں۔ کیا میں اہل ہوں؟", "3,033",
     "eligibility"),
    ("میں نے مارچ 2024 میں داخلہ لیا۔ آخری تاریخ کب ہے؟ کیا ابھی وقت ہے؟", "March 2028", "deadline"),
    ("مجھے مئی 2023 میں سرٹیفکیٹ ملا۔ کب تجدید کرنی ہے؟", "May 2027", "renewal"),
    ("تجدید کے لیے: 2 دن کانفرنس اور تین ویبینار، ہر ایک 90 منٹ کا، ٹیکنالوجی پر۔ میرے کتنے گھنٹے ہوئے؟", "16.5",
     "contact-hours"),
    ("تجدید کے لیے میرے پاس 30 گھنٹے ہیں، 2 ٹیکنالوجی پر۔ کتنے گھنٹے اور چاہییں؟", "2 more", "contact-hours"),
    ("main ALA ki member nahi hun. fees kitni hai?", "$350", "fee"),
    ("meri rukniyat khatam ho gayi hai, kitna dena hoga?", "$350", "fee"),
    ("main 2 saal se haftay mein 20 ghantay library mein kaam karti hun. kya main eligible hun?", "2,080",
     "eligibility"),
    ("mein ne march 2024 mein enroll kiya tha. akhri tareekh kab hai?", "March 2028", "deadline"),
    ("tajdeed ke liye: 2 din conference, teen webinar har ek 90 minute ka technology par. mere kitne ghante hue?",
     "16.5", "contact-hours"),
    # Nepali
    ("म ALA को सदस्य होइन। शुल्क कति हो?", "$350", "fee"),
    ("म ALA को सदस्य हुँ। शुल्क कति हो?", "$325", "fee"),
    ("म ALA को सदस्य होइन। तीनवटा कोर्स, प्रत्येक १९५ डलर। जम्मा कति तिर्नुपर्छ?", "$935", "fee"),
    ("मेरो सदस्यताको म्याद सकियो। कति तिर्नुपर्छ?", "$350", "fee"),
    ("म २ वर्षदेखि हप्तामा २० घण्टा पुस्तकालयमा काम गर्छु। के म योग्य छु?", "2,080", "eligibility"),
    ("म जनवरी २०२४ देखि अहिलेसम्म हप्तामा २० घण्टा पुस्तकालयमा काम गर्दैछु। के म योग्य छु?", "3,033", "eligibility"),
    ("मैले स्वयंसेवकको रूपमा दुई वर्षदेखि हप्तामा १० घण्टा काम गरेँ। के म योग्य छु?", "1,040", "eligibility"),
    ("म मार्च २०२४ मा भर्ना भएँ। अन्तिम मिति कहिले हो? अझै समय छ?", "March 2028", "deadline"),
    ("मैले मे २०२३ मा प्रमाणपत्र पाएँ। कहिले नवीकरण गर्नुपर्छ?", "May 2027", "renewal"),
    ("नवीकरणको लागि: २ दिन सम्मेलन र तीनवटा वेबिनार, प्रत्येक ९० मिनेटको, प्रविधिबारे। मेरो कति घण्टा भयो?", "16.5",
     "contact-hours"),
    ("नवीकरणको लागि मसँग ३० घण्टा छ, २ प्रविधिमा। अझै कति घण्टा चाहिन्छ?", "2 more", "contact-hours"),
    ("ma ALA ko sadasya hoina. fee kati ho?", "$350", "fee"),
    ("ma 2 barsa dekhi haptama 20 ghanta library ma kaam garchhu. ke ma yogya chu?", "2,080", "eligibility"),
    ("maile march 2024 ma enroll gare. antim miti kahile ho?", "March 2028", "deadline"),
    # Amharic
    ("የALA አባል አይደለሁም። ክፍያው ስንት ነው?", "$350", "fee"),
    ("የALA አባል ነኝ። ክፍያው ስንት ነው?", "$325", "fee"),
    ("የALA አባል አይደለሁም። ሦስት ኮርሶች፣ እያንዳንዱ $195። በአጠቃላይ ስንት እከፍላለሁ?", "$935", "fee"),
    ("አባልነቴ አልፎበታል። ስንት እከፍላለሁ?", "$350", "fee"),
    ("ለ2 ዓመት በሳምንት 20 ሰዓት በቤተ መጻሕፍት እሰራለሁ። ብቁ ነኝ?", "2,080", "eligibility"),
    ("ከጥር 2024 ጀምሮ እስካሁን በሳምንት 20 ሰዓት በቤተ መጻሕፍት እሰራለሁ። ብቁ ነኝ?", "3,033", "eligibility"),
    ("ለሁለት ዓመታት በበጎ ፈቃደኝነት በሳምንት 10 ሰዓት ሰርቻለሁ። ብቁ ነኝ?", "1,040", "eligibility"),
    ("በማርች 2024 ተመዘገብኩ። የመጨረሻ ቀን መቼ ነው? አሁንም ጊዜ አለኝ?", "March 2028", "deadline"),
    ("በሜይ 2023 ሰርተፍኬት አገኘሁ። መቼ ማደስ አለብኝ?", "May 2027", "renewal"),
    ("ለእድሳት፦ 2 ቀን ኮንፈረንስ እና ሦስት ዌቢናሮች፣ እያንዳንዳቸው 90 ደቂቃ፣ ስለ ቴክኖሎጂ። ስንት ሰዓት አለኝ?", "16.5",
     "contact-hours"),
    ("ለእድሳት 30 ሰዓት አለኝ፣ 2ቱ ስለ ቴክኖሎጂ ናቸው። ስንት ሰዓት ይቀረኛል?", "2 more", "contact-hours"),
    ("ye ALA abal aydelehum. kifyaw sint new?", "$350", "fee"),
    ("le 2 amet besamint 20 se'at bete metsahift esralehu. bqu negn?", "2,080", "eligibility"),
    # Dutch
    ("Ik ben geen lid van ALA. Hoeveel kost het?", "$350", "fee"),
    ("Ik ben ALA-lid. Wat zijn de kosten?", "$325", "fee"),
    ("Ik ben geen ALA-lid. Drie cursussen à $195 per stuk, hoeveel betaal ik in totaal?", "$935", "fee"),
    ("Mijn lidmaatschap is verlopen, hoeveel moet ik betalen?", "$350", "fee"),
    ("Ik werk al 2 jaar 20 uur per week in een bibliotheek. Kom ik in aanmerking?", "2,080", "eligibility"),
    ("Ik werk sinds januari 2024 20 uur per week in de bibliotheek, tot nu toe. Kom ik in aanmerking?", "3,033",
     "eligibility"),
    ("Ik heb 2 jaar als vrijwilliger 10 uur per week gewerkt. Kom ik in aanmerking?", "1,040", "eligibility"),
    ("Ik heb me in maart 2024 ingeschreven. Wanneer is de deadline? Heb ik nog tijd?", "March 2028", "deadline"),
    ("Ik ben gecertificeerd in mei 2023. Wanneer moet ik verlengen?", "May 2027", "renewal"),
    ("Voor de verlenging: 2 conferentiedagen en drie webinars van elk 90 minuten over technologie. "
     "Hoeveel uur heb ik?", "16.5", "contact-hours"),
    ("Ik heb 30 uur voor de verlenging, waarvan 2 over technologie. Hoeveel uur heb ik nog nodig?", "2 more",
     "contact-hours"),
])
def test_calculations_asked_in_urdu_nepali_amharic_and_dutch(knowledge, context, question, expected,
                                                             topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize(("question", "entry", "says"), [
    ("میرے پاس ہائی اسکول ڈپلومہ نہیں ہے، صرف GED ہے۔ کیا میں اہل ہوں؟", "education-requirement",
     "high school diploma or its equivalent"),
    ("mere paas high school diploma nahi hai, sirf GED hai. kya main ahal hun?", "education-requirement",
     "high school diploma or its equivalent"),
    ("मसँग हाई स्कूल डिप्लोमा छैन, GED मात्र छ। के म योग्य छु?", "education-requirement",
     "high school diploma or its equivalent"),
    ("የሁለተኛ ደረጃ ዲፕሎማ የለኝም፣ GED ብቻ ነው ያለኝ። ብቁ ነኝ?", "education-requirement", "high school diploma or its equivalent"),
    ("Ik heb geen diploma middelbare school, alleen een GED. Kom ik in aanmerking?", "education-requirement",
     "high school diploma or its equivalent"),
    ("Ik ben bibliotheekmedewerker in Nederland. Kan ik LSSC doen vanuit het buitenland?", "international-applicants",
     "outside the U.S."),
])
def test_faq_questions_asked_in_urdu_nepali_amharic_and_dutch(knowledge, context, question, entry, says) -> None:
    reply = ask(knowledge, context, question)
    assert (reply.kind, reply.topic) == ("faq", entry) and says in reply.text, (question, reply.kind, reply.text)


@pytest.mark.parametrize(("question", "expected"), [
    ("Ik heb 20 uur per week gewerkt van januari 2023 tot juni 2024. Is dat genoeg?", "1,560"),
    ("म हप्तामा ३० घण्टा पुस्तकालयमा स्वयंसेवकको रूपमा काम गर्छु, डेढ वर्षदेखि। के म योग्य छु?", "2,340"),
    ("میں ہفتے میں 30 گھنٹے ڈیڑھ سال سے لائبریری میں رضاکار کے طور پر کام کر رہی ہوں۔ کیا میں اہل ہوں؟", "2,340"),
    ("በሳምንት 30 ሰዓት ለአንድ ዓመት ተኩል በቤተ መጻሕፍት ሰርቻለሁ። ብቁ ነኝ?", "2,340"),
])
def test_a_year_and_a_half_or_a_span_of_months_asked_in_urdu_nepali_amharic_and_dutch(knowledge, context, question,
                                                                                      expected) -> None:
    says(knowledge, context, question, expected, topic="eligibility")


@pytest.mark.parametrize(("question", "english"), [
    # Urdu: its digits and full stop, numbers in words, dollars, a 90-minute webinar, a week's hours, a date
    ("تین ویبینار، ہر ایک 90 منٹ کا، پچیس گھنٹے، 195 ڈالر", "3 webinars of 90 minutes each, 25 hours, $195"),
    ("میں جنوری ۲۰۲۴ سے ہفتے میں ۲۰ گھنٹے کام کرتی ہوں", "i since january 2024 20 hours a week i work"),
    ("میری رکنیت ختم ہو گئی ہے۔ فیس کتنی ہے؟", "my membership expired. how much is the fee?"),
    # Roman Urdu: read as romanized Hindi is, with the words Urdu types its own way
    ("main ALA ki member nahi hun. fees kitni hai?", "i am not an ala member. how much is the fee?"),
    ("mein ne 2 saal se haftay mein 20 ghantay kaam kiya. kya main ahal hun?",
     "i for 2 years 20 hours a week worked. am i eligible?"),
    # Nepali: its counter ("तीनवटा"), endings ("मिनेटको", "वर्षदेखि"), "छ" as "six" before what it counts
    ("तीनवटा वेबिनार, प्रत्येक ९० मिनेटको, पच्चीस घण्टा, १९५ डलर", "3 webinars of 90 minutes each, 25 hours, $195"),
    ("म जनवरी २०२४ देखि हप्तामा २० घण्टा काम गर्छु", "i since january 2024 20 hours a week i work"),
    ("छ महिना, छ घण्टा; के बाँकी छ?", "6 months, 6 hours; what is left?"),
    ("maile 2 barsa dekhi haptama 20 ghanta kaam gare. ke ma yogya chu?",
     "i for 2 years 20 hours a week i worked. am i eligible?"),
    # Amharic: numbers in words and Ge'ez numerals, prefixes ("ለእድሳት", "ከጥር"), "ተኩል" (and a half)
    ("ሦስት ዌቢናሮች፣ እያንዳንዳቸው 90 ደቂቃ፣ ሃያ አምስት ሰዓት፣ 195 ዶላር", "3 webinars of 90 minutes each, 25 hours, $195"),
    ("ከጥር 2024 ጀምሮ በሳምንት 20 ሰዓት እሰራለሁ", "since january 2024 20 hours a week i work"),
    ("ለእድሳት ሰርተፍኬት፤ ፳፭ ሰዓት፣ ዓመት ተኩል", "for renewal certificate; 25 hours, a year and a half"),
    ("ለሁለት ዓመት ተኩል በበጎ ፈቃደኝነት ሰርቻለሁ", "for 2.5 years as a volunteer i worked"),
    # Dutch: "à", "per stuk", "elk", numbers written as one word, "al 2 jaar"
    ("drie cursussen à $195 per stuk, vijfentwintig uur per week, al 2 jaar",
     "three courses at $195 each, 25 hours a week, for 2 years"),
    ("elk webinar duurde 90 minuten, ik ben geen ALA-lid, 195 dollar",
     "webinar of 90 minutes each, i am not an ala member, $195"),
    ("Sinds maart 2024 werk ik als vrijwilliger 10 uur per week in de bibliotheek",
     "since march 2024 i work as a volunteer 10 hours a week in a library"),
    ("Ik heb Foundations afgerond en ben begonnen aan Technology, maar gestopt. Wat mis ik nog?",
     "i have foundations completed and am started technology, but withdrew. what is left?"),
])
def test_words_of_urdu_nepali_amharic_and_dutch_are_said_in_english(question, english) -> None:
    assert in_english(question) == english


@pytest.mark.parametrize("question", [
    # each holds words spelled like Dutch, Roman Urdu, romanized Nepali or Amharic ones ("over", "door", "is", "ben",
    # "want", "had", "als", "me", "van", "elf", "lid", "main", "ho", "to", "par", "se", "hi", "ka", "fees", "ma",
    # "k", "ra", "tin", "bis", "new", "seat", "gin", "Ena", "Sint"), and stays English
    "I'm over the moon: the door is open, Ben and Al want to know if I had the fee. Me? I drive a van, als in ALS",
    "Is the elf on the shelf a lid? Die Hard is on, and dan is a judo rank; hoe down at 8, per the week plan",
    "Op-ed: I met the ze/hir team in week 3; Mei and Tien did 2 sets, elk hunting in August. Is it over? De nada",
    "Nu metal fans want the fee waived: is that a dag? Augustus and Ben had 2 sets done over the summer",
    "hi, is the main branch closed? se ya later; ho ho ho, I want to go to the par 3 course, ka-ching",
    "The fees are due; bees and golf tees at the AHL game. Salam and Hun asked if the chay stall counts as a library",
    "Ma Rainey, ho hum; k? Ra, the sun god, has a tin can and a char-grill for Sal; ko in kanji",
    "Bis, tis the season: cha-cha, Chu and Kati went to Pani Puri. Is the DUI class by Tara and Ani for my sake?",
    "Uni, Chan, Kun and Baki asked Varsha: do I need Technology? ek das nau char",
    "Is the new seat for Ena? A gin and tonic for Ken; wer ist das? Haya, Selam and Hamsa asked Keri at ESU",
    "Sint Maarten library staff: is the new fee the same for a seat at the conference?",
    "I work in a library over 20 hours a week since January 2024, am I eligible? me and Ben had 2 years in total",
])
def test_english_with_look_alike_words_of_urdu_nepali_amharic_and_dutch_is_left_as_it_is(question) -> None:
    assert in_english(question) == question


@pytest.mark.parametrize(("written", "read"), [
    ("میں نے۔ ۲۰۲۴", "میں نے. 2024"),  # Urdu's full stop and digits
    ("ዓመት ሦስት ሃያ ሠላሳ ዕድሳት ኅዳር፣ ምን ቀረኝ፧", "አመት ሶስት ሀያ ሰላሳ እድሳት ህዳር, ምን ቀረኝ?"),  # letters Amharic writes alike
])
def test_letters_of_urdu_and_amharic_are_read_as_typed(written, read) -> None:
    from lssc_bot.understanding.glossary import _plain

    assert _plain(written) == read


@pytest.mark.parametrize(("question", "english"), [
    # Urdu, Persian and Arabic write with the same letters: a message with Urdu's own ("ہ", "ے", "ں") is Urdu, and a
    # Persian or an Arabic one is read as before
    ("میں ALA کا رکن نہیں ہوں۔ فیس کتنی ہے؟", "i ala i am not a member. how much is the fee?"),
    ("من عضو ALA نیستم. هزینه چقدر است؟", "i am not an ala member. fee how much is it?"),
    ("انتهت عضويتي في ALA. كم أدفع؟", "my membership expired in ala. how much do i pay?"),
    # Hindi and Nepali write Devanagari, Roman Urdu types romanized Hindi: each is read as itself, never as two
    ("मैं ALA सदस्य नहीं हूँ। फीस कितनी है?", "i ala i am not a member. fee how much is?"),
    ("म ALA को सदस्य होइन। शुल्क कति हो?", "i ala i am not a member. how much is the fee?"),
    ("maine Technology shuru kiya tha lekin chhod diya. mujhe aadhi fees ka grant mila",
     "i technology started but withdrew. i half fees i got a grant"),
    ("meri rukniyat khatam ho gayi hai, kitna dena hoga?", "my membership expired, how much do i pay?"),
    # a German message is not Dutch for the words the two spell alike ("minuten", "technologie")
    ("Für die Verlängerung: drei Webinare zu je 90 Minuten über Technologie",
     "for the renewal: three webinars of 90 minutes each on technology"),
])
def test_urdu_hindi_nepali_and_dutch_are_told_from_the_languages_they_look_like(question, english) -> None:
    assert in_english(question) == english


@pytest.mark.parametrize("question", [
    "ya terminé Foundations y Technology, ¿qué me falta?", "Ik heb Foundations afgerond. Wat moet ik nog doen?",
    "main 2 saal se haftay mein 20 ghantay kaam karti hun", "मैले Foundations सकेँ। कति बाँकी छ?",
    "Foundationsን ጨርሻለሁ። ስንት ቀረኝ?", "I did 2 sets; is the fee the same for a non-member? me, no, y, en, de",
    "ho finito Foundations e Technology, cosa mi manca?", "Em đã xong Foundations và Technology rồi, còn thiếu gì nữa ạ?",
    "Preciso ser membro da ALA para me inscrever no LSSC?", "czy moge sie zglosic do LSSC spoza USA, z innego kraju?",
    "Em có bao lâu để hoàn thành tất cả các bộ năng lực?", "LSSC는 누가 운영하나요?",
    "¿Tengo que ser miembro de ALA para inscribirme en el LSSC?", "Ich wohne in Deutschland. Kann ich LSSC aus dem Ausland machen?",
])
def test_no_language_a_message_holds_enough_of_is_passed_over(question) -> None:
    """The words that open each language's entries (`_openings`) only pass over a language whose entries a message
    cannot hold `_ENOUGH` of: every one it holds enough of is looked for."""
    from lssc_bot.understanding.glossary import _ENOUGH, GLOSSARY, _counted, _may_hold, _plain

    plain = _plain(question)
    assert [language for language in GLOSSARY if _counted(language, plain) >= _ENOUGH
            and language not in _may_hold(plain)] == []


@pytest.mark.parametrize(("question", "entry"), [
    # Portuguese
    ("Preciso ser membro da ALA para me inscrever no LSSC?", "ala-membership"),
    ("É obrigatório ser associado da ALA pra fazer o LSSC?", "ala-membership"),
    ("Moro em Portugal, posso me candidatar ao LSSC de outro país?", "international-applicants"),
    ("Trabalho numa biblioteca no exterior. Posso fazer o LSSC?", "international-applicants"),
    ("Qual é o e-mail de contato do programa?", "contact"),
    ("Com quem eu falo sobre o LSSC? Tem telefone?", "contact"),
    ("Quanto tempo eu tenho para concluir os seis conjuntos?", "completion-deadline"),
    ("Esse certificado vale como crédito pro mestrado em biblioteconomia?", "counts-toward-mls"),
    ("Por quanto tempo o certificado é válido?", "certification-validity"),
    ("Se eu não for elegível, recebo reembolso da taxa?", "refund"),
    ("Posso enviar um portfólio em vez de fazer o curso?", "portfolio"),
    ("Onde encontro os cursos aprovados?", "finding-courses"),
    ("Quem financiou a criação do LSSC?", "imls-funding"),
    ("Vale a pena fazer o LSSC?", "worth-it"),
    ("Vou ganhar aumento ou promoção com o LSSC?", "raise-or-promotion"),
    ("Não tenho diploma de faculdade, só ensino médio. Posso fazer o LSSC?", "education-requirement"),
    ("Que título eu recebo quando termino?", "clss-designation"),
    ("Quantos conjuntos de competências preciso completar?", "how-many-sets"),
    # Polish, with its letters and without them
    ("Czy członkostwo w ALA jest wymagane, żeby się zapisać?", "ala-membership"),
    ("czy trzeba byc czlonkiem ALA, zeby zlozyc wniosek?", "ala-membership"),
    ("Mieszkam w Polsce i pracuję w bibliotece. Czy mogę zrobić LSSC z zagranicy?", "international-applicants"),
    ("czy moge sie zglosic do LSSC spoza USA, z innego kraju?", "international-applicants"),
    ("Jaki jest adres e-mail i numer telefonu do biura programu?", "contact"),
    ("Z kim mogę się skontaktować w sprawie LSSC?", "contact"),
    ("Jak długo mam na ukończenie programu? Jaki jest limit czasu?", "completion-deadline"),
    ("Czy LSSC liczy się jako punkty na studia magisterskie?", "counts-toward-mls"),
    ("Jak długo certyfikat jest ważny? Kiedy wygasa?", "certification-validity"),
    ("Czy dostanę zwrot pieniędzy, jeśli nie spełnię wymagań?", "refund"),
    ("czy moge wyslac portfolio zamiast robic kurs?", "portfolio"),
    ("Gdzie znajdę zatwierdzone kursy online?", "finding-courses"),
    ("Kto sfinansował powstanie LSSC?", "imls-funding"),
    ("Czy warto robić LSSC? Jakie są korzyści?", "worth-it"),
    ("Czy dostanę podwyżkę albo awans po LSSC?", "raise-or-promotion"),
    ("Czy potrzebuję dyplomu studiów, czy wystarczy matura?", "education-requirement"),
    ("Co się liczy jako doświadczenie w bibliotece?", "library-experience"),
    ("Jaki tytuł dostanę po ukończeniu programu?", "clss-designation"),
    ("ile zestawow kompetencji musze ukonczyc?", "how-many-sets"),
    # Vietnamese, with its accents and without them
    ("Em có bắt buộc phải là hội viên ALA không?", "ala-membership"),
    ("khong phai thanh vien ALA thi co duoc dang ky LSSC khong a?", "ala-membership"),
    ("Em sống ở Việt Nam, làm ở thư viện. Em có thể đăng ký LSSC từ nước ngoài không?", "international-applicants"),
    ("Người ở ngoài nước Mỹ có nộp đơn được không ạ?", "international-applicants"),
    ("Cho em xin số điện thoại và email liên hệ của văn phòng LSSC", "contact"),
    ("em muon hoi ai ve chuong trinh LSSC?", "contact"),
    ("Em có bao lâu để hoàn thành tất cả các bộ năng lực?", "completion-deadline"),
    ("LSSC có được tính tín chỉ vào chương trình thạc sĩ không?", "counts-toward-mls"),
    ("Chứng chỉ LSSC có hiệu lực trong bao lâu?", "certification-validity"),
    ("Nếu em không đủ điều kiện thì có được hoàn tiền không?", "refund"),
    ("em co the nop ho so nang luc thay vi hoc khoa hoc khong?", "portfolio"),
    ("Em tìm các khóa học được công nhận ở đâu?", "finding-courses"),
    ("Ai quản lý chương trình LSSC vậy?", "who-runs-lssc"),
    ("Ai tài trợ để tạo ra LSSC?", "imls-funding"),
    ("Chương trình LSSC bắt đầu từ khi nào?", "history-launch"),
    ("LSSC có đáng không? Có lợi ích gì?", "worth-it"),
    ("Có LSSC thì em có được tăng lương hay thăng chức không?", "raise-or-promotion"),
    ("Em không có bằng đại học, chỉ có bằng tốt nghiệp trung học, có được không?", "education-requirement"),
    ("kinh nghiem thu vien la gi, tinh nguyen co duoc tinh khong?", "library-experience"),
    ("Hoàn thành xong em nhận được danh hiệu gì?", "clss-designation"),
    ("Em cần hoàn thành bao nhiêu bộ năng lực?", "how-many-sets"),
    ("Chi phí của LSSC là bao nhiêu?", "fees"),
    # Korean
    ("LSSC 신청하려면 꼭 ALA 회원이어야 하나요?", "ala-membership"),
    ("ALA 회원 가입이 필수인가요?", "ala-membership"),
    ("저는 한국에 살고 있는데 해외에서도 LSSC 신청할 수 있나요?", "international-applicants"),
    ("미국 밖에 사는 사람도 지원할 수 있어요?", "international-applicants"),
    ("LSSC 담당자 이메일 주소나 전화번호 알려주세요", "contact"),
    ("LSSC 관련해서 누구에게 문의하면 되나요?", "contact"),
    ("모든 세트를 끝내는 데 기간이 얼마나 주어지나요?", "completion-deadline"),
    ("LSSC가 문헌정보학 석사 학점으로 인정되나요?", "counts-toward-mls"),
    ("자격증 유효기간이 얼마나 되나요?", "certification-validity"),
    ("자격이 안 되면 신청비 환불 받을 수 있나요?", "refund"),
    ("과목 대신 포트폴리오를 제출할 수 있나요?", "portfolio"),
    ("승인된 과정은 어디서 찾을 수 있어요?", "finding-courses"),
    ("LSSC는 누가 운영하나요?", "who-runs-lssc"),
    ("LSSC 만드는 데 누가 자금을 지원했나요?", "imls-funding"),
    ("LSSC는 언제 시작됐어요?", "history-launch"),
    ("LSSC는 할 만한 가치가 있나요?", "worth-it"),
    ("LSSC 따면 연봉 인상이나 승진이 되나요?", "raise-or-promotion"),
    ("대학 학위가 없고 고등학교 졸업장만 있는데 괜찮나요?", "education-requirement"),
    ("도서관 경력으로 인정되는 건 뭐예요?", "library-experience"),
    ("다 끝나면 어떤 칭호를 받나요?", "clss-designation"),
    ("역량 세트를 몇 개 이수해야 하나요?", "how-many-sets"),
])
def test_faq_questions_asked_in_portuguese_polish_vietnamese_and_korean(knowledge, context, question, entry) -> None:
    """The words of the FAQ's topics (must, members, enrolling, abroad, contact, how long, a master's, valid, refund,
    portfolio, approved courses, who runs and funded it, worth it, a raise, a diploma, a title, how many sets) reach
    their entry."""
    reply = ask(knowledge, context, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.text)


@pytest.mark.parametrize(("question", "english"), [
    # Portuguese
    ("Tenho que ser associada da ALA? A filiação é obrigatória ou o programa só exige um diploma?",
     "do i have to be an ala member? a membership is it required or o program so requires one diploma?"),
    ("A pessoa tem que ser sócia da ALA ou sócio da ALA? Não é necessário, mas é exigido dos associados?",
     "a pessoa do i have to be an ala member or an ala member? is not required, but is it required of the members?"),
    ("Sou filiada ao estado, meu colega é filiado também. Vale me associar ou me filiar à ALA? Associar custa "
     "quanto?",
     "i am member to the estado, my coworker and member also. vale join or join a ala? join costs how much?"),
    ("A matrícula é obrigatória? Como faço para me cadastrar? Como me inscrevo? Pra me inscrever preciso de "
     "cadastro?",
     "a enrollment is it required? how do i register? how do i apply? to enroll do i need registration?"),
    ("Ela quer se inscrever e eu vou me inscrever em maio; dá pra se candidatar na inscrição online? Posso inscrever "
     "minha colega?",
     "she wants enroll and i will enroll in may; can i apply in the enrollment online? can i enroll my coworker?"),
    ("Eu moro no Brasil, moro na fronteira. Morar fora dos Estados Unidos ou fora do país conta?",
     "i live in brazil, i live in fronteira. live outside the us or outside the us counts?"),
    ("Quem mora fora dos EUA, no Brasil ou em outro país, pode fazer? E do exterior, como estrangeiro, num outro "
     "país?",
     "who lives outside the us, in brazil or in another country, can do? and from abroad, como foreign, in a "
     "another country?"),
    ("Não é possível entrar em contato? Qual o email de contato, o número de telefone e o endereço de e-mail do "
     "escritório?",
     "is not possible get in touch? what is the contact email, o phone number and o email address of the office?"),
    ("Como contatar alguém do programa? Com quem falo? A quem eu pergunto? Qual o endereço de email?",
     "como contact someone of the program? who do i talk to? who do i contact? what is the email address?"),
    ("Quanto tempo tenho? Qual o limite de tempo pra concluir todos os conjuntos, desde a inscrição?",
     "how long do i have? what is the time limit to finish all the sets, from enrollment?"),
    ("Quanto tempo leva para completar todas as competências? Todos têm o mesmo prazo? Todas?",
     "how long does it take for complete all the competencias? all is there the same deadline? all?"),
    ("Um conjunto conta como crédito? Conta para o mestrado ou conta pro mestrado? E no mestrado ou na "
     "pós-graduação?",
     "one set counts as credit? counts toward o master's degree or counts toward master's degree? and toward a "
     "master's degree or in the graduate degree?"),
    ("Tenho diploma universitário de uma faculdade, não de universidade. O certificado é válido? A certificação é "
     "válida?",
     "i have college degree of one college, not of university. the certificate is valid? a certification is valid?"),
    ("Quando expira? Vence quando? Quanto tempo dura? Um certificado válido pode ser reembolsado?",
     "when does it expire? expires when? how long lasts? a certificate valid can be refunded?"),
    ("Serei reembolsada? Quero meu dinheiro de volta, ou só o dinheiro de volta da taxa. Vou receber algo? Ganho o "
     "quê?",
     "will i be refunded? i want my money back, or so o money back of the fee. i will get algo? do i get what?"),
    ("Posso mandar o portifolio ao invés de fazer as aulas, ou no lugar de uma aula?",
     "can i send o portfolio instead of do as classes, or instead of one class?"),
    ("Um curso aprovado conta? Os aprovados são a distância? Onde acho a lista? Onde fica?",
     "one approved course counts? the approved are online? where do i find a lista? where fica?"),
    ("O LSSC custa quanto? Qual o custo? Tem descontos? Um desconto de preço? Qual é mais barato, para membros ou "
     "pra membros do estado?",
     "o lssc costs how much? what is the cost? is there discounts? one discount of price? what is cheaper, for "
     "members or for members of the state?"),
    ("Quem administra, quem organiza, quem coordena? A ALA administra o programa? Quem financiou o financiamento da "
     "criação?",
     "who runs, who runs, who runs? a ala runs o program? who funded o funding da creation?"),
    ("Quando começou? O programa começou em 2010? Quando foi criado, e foi criado por quem? Criado pela ALA?",
     "when did it start? o program started in 2010? when was it created, and was created por who? created pela ala?"),
    ("Terei aumento de salário ou aumento salarial? Qual a vantagem, quais as vantagens para o meu salário?",
     "will i get raise or raise? what a benefit, what are the benefits for my salary?"),
    ("Quais são os requisitos de experiência? Que título, qual título, qual designação eu recebo com essa "
     "certificação? Esse curso?",
     "what are the requirements of experience? what title, what title, what designation do i get with this "
     "certification? this course?"),
    ("O curso obrigatório e a taxa obrigatória: é necessário pagar? Um diploma exigido pela ALA? Membros e "
     "associados pagam menos?",
     "o course required and a fee required: is it required pay? one diploma required pela ala? members and members "
     "pagam menos?"),
    ("Moro no Canadá, mas moro perto dos EUA; para candidatar tenho que morar nos Estados Unidos? E o Brasil? Mesmo "
     "assim?",
     "i live in canada, but i live perto dos the us; for apply i have que live nos the united states? and o brazil? "
     "even assim?"),
    ("Qual o contato do escritório? Um escritório no Rio? É possível concluir em 2 anos? O LSSC vale para o "
     "mestrado?",
     "what is the contact of the office? one office no rio? is it possible finish in 2 years? o lssc vale toward a "
     "master's degree?"),
    ("Uma certificação válida? A licença expira quando? A IMLS financiou? O título é CLSS? Quais cursos?",
     "one certification valid? a licenca expires when? a imls funded? o title and clss? what courses?"),
    # Polish
    ("Trzeba być członkiem? Czy muszę być w ALA, czy tylko moja koleżanka musi być? Muszę być zapisana?",
     "do i need to be member? do i have to be w ala, only my coworker does it have to be? do i have to be enrolled?"),
    ("Czy członkostwo jest wymagane? Jest obowiązkowe? Certyfikat jest wymagany? Kurs obowiązkowy? Opłata wymagana?",
     " membership is required? is mandatory? certificate is required? course mandatory? fee required?"),
    ("Czy to konieczne? Jakie dokumenty są potrzebne? Jakie są wymagania? Spełniam wymagania, bo mam maturę.",
     " to required? what dokumenty are needed? what are requirements? i meet the requirements, bo i have high school "
     "diploma."),
    ("Czy jest zniżka dla członków? Członkowie ALA płacą mniej? Jestem członkiem ALA. Czy warto dołączyć do ALA albo "
     "wstąpić do ALA?",
     " is discount for members? members ala placa less? i am an ala member. is it worth it join ala or join ala?"),
    ("Chcę zapisać się na LSSC. Jak się zapisać? Kiedy są zapisy? Można zapisać się na kurs od zapisania czy od "
     "zapisu?",
     "i want enroll in lssc. how enroll? when are enrollment? can i enroll in course from enrollment from "
     "enrollment?"),
    ("Jak zgłosić się do programu? Czy mogę aplikować online? Gdzie złożyć wniosek? Czy rejestracja jest otwarta? "
     "Jak zarejestrować się?",
     "how apply to of the program? can i apply online? where apply? registration is otwarta? how register?"),
    ("Mieszkam w Polsce. Jestem z Polski, pracuję w innym kraju. Czy mogę się zgłosić spoza Stanów, poza Stanami, "
     "poza USA?",
     "i live in poland. i am from poland, i work in another country. can i apply from outside the us, outside the "
     "us, outside the us?"),
    ("Mieszkam za granicą, inny kraj, spoza mojego kraju. Ile kosztuje kontakt z biurem? Jaki jest kontaktowy "
     "telefon?",
     "i live abroad, another country, spoza mojego country. how much does it cost contact with the office? what is "
     "contact phone?"),
    ("Do kogo mam pisać? Kogo zapytać? Jaki jest adres email albo adres mailowy programu? Gdzie jest biuro?",
     "who i have pisac? who do i contact? what is email address or email address of the program? where is office?"),
    ("Ile mam czasu na ukończenie? Ile czasu, żeby ukończyć albo skończyć wszystkie sześć zestawów? Czas ucieka, "
     "czasu mało.",
     "how long do i have to finish? how long, to finish or finish all six sets? time ucieka, time malo."),
    ("Czy LSSC liczy się do studiów? Czy liczy się jako punkty? Zalicza się do studiów magisterskich? Czy "
     "magisterium jest potrzebne?",
     " lssc counts toward college? counts as credits? counts toward master's degree? master's degree is needed?"),
    ("Mam dyplom studiów, studia magisterskie nie są potrzebne? Dyplomu nie mam. Matury też nie. Czy szkoła średnia "
     "albo świadectwo szkoły średniej wystarczy?",
     "i have college degree, master's degree not are needed? diploma not i have. high school diploma also not. high "
     "school or swiadectwo high school is enough?"),
    ("Czy certyfikat jest ważny? Ważna jest data. Jak długo to jest ważne? Wygasa po 4 latach?",
     " certificate is valid? valid is data. how long to is valid? expires at 4 latach?"),
    ("Czy zwrot opłaty jest możliwy? Jeżeli nie dostanę zwrotu, czy otrzymam zwrot pieniędzy? Zwrot jest?",
     " refund is mozliwy? if not will i get zwrotu, will i get refund? refund is?"),
    ("Czy mogę przesłać portfolio? Zatwierdzony kurs czy zatwierdzone zajęcia? Gdzie znaleźć listę zatwierdzonych "
     "kursów? Gdzie są?",
     "can i submit portfolio? approved course approved classes? where do i find liste approved courses? where are?"),
    ("Czy jest zniżka albo rabat? Ile wynosi koszt? Zniżki są? Chcę zniżkę. Kurs kosztuje mniej? Taniej? Jaka jest "
     "cena?",
     " is discount or discount? how many wynosi cost? discount are? i want discount. course costs less? cheaper? "
     "what is price?"),
    ("Kto prowadzi LSSC? Kto zarządza, kto organizuje program? ALA prowadzi? Kto finansował i kto sfinansował "
     "program?",
     "who runs lssc? who runs, who runs program? ala runs? who funded and who funded program?"),
    ("Kiedy powstał program? Powstał w 2010? Kiedy się zaczął? Czy się opłaca? Opłaca się? Warto? Jaka jest korzyść? "
     "Podwyżka?",
     "when did it start program? started w 2010? when did it start? is it worth it? is it worth it? worth it? what "
     "is benefit? raise?"),
    ("Ile lat doświadczenia? Jestem uprawniony? Koleżanka jest uprawniona? Czy kwalifikuję się? Kwalifikuje się?",
     "how many years experience? i am eligible? coworker is eligible? am i eligible? am i eligible?"),
    ("Jaki tytuł i jakie oznaczenie daje certyfikacja? Ile zestawów? Zestawy kompetencji, ile zestawów kompetencji "
     "muszę mieć?",
     "what title and what designation daje certification? how many sets? competency sets, how many competency sets "
     "do i have to miec?"),
    ("Trzeba mieć dyplom? Chcę być w ALA, ale czy to wymagane? Wymagany jest kurs? Opłata członków jest niższa?",
     "need to miec diploma? i want be w ala, but to required? required is course? fee members is nizsza?"),
    ("Moja koleżanka jest członkiem ALA i chce zapisać się. Żeby zapisać się na LSSC, wniosek jest online, aby "
     "zgłosić się.",
     "my coworker is an ala member and i want enroll. to enroll for lssc, application is online, to apply."),
    ("Mieszkam w Krakowie, w Polsce. Polsce do USA daleko, ale pracuję w bibliotece.",
     "i live in krakowie, in poland. poland do usa daleko, but i work in a library."),
    ("Jak skontaktować się z biurem? Jaki numer? Ukończenie wszystkich sześciu zestawów kompetencji trwa ile?",
     "how contact with the office? what numer? finishing all six competency sets trwa how many?"),
    ("LSSC liczy się? Co liczy ALA? Studia i dyplom? Certyfikat ważny? Zwrot pieniędzy? Nie mam pieniędzy.",
     "lssc counts? what counts ala? college and diploma? certificate valid? refund? not i have money."),
    ("Kurs zatwierdzony? Kto to wie? IMLS sfinansował? Tytuł CLSS? Zestawy i lista kompetencji? Link do programu?",
     "course approved? who to wie? imls funded? title clss? sets and lista competency? link to the program?"),
    # Vietnamese
    ("LSSC có bắt buộc không? Bắt buộc phải làm hội viên ALA à? Có yêu cầu trở thành hội viên không, hay chỉ là yêu "
     "cầu gia nhập?",
     "lssc is it required not? have to be a member ala ? is it required become a member not, or chi is required "
     "join?"),
    ("Em có cần phải là thành viên không? Có cần không? Mình cần đăng ký, tôi cần nộp hồ sơ. Cần phải ứng tuyển hay "
     "tham gia thôi?",
     "i do i need to be member not? do i need not? i need enrolled, i need apply. need to apply or join thoi?"),
    ("Tôi có thể nộp đơn không? Mình có thể tham gia không? Có được không?",
     "can i apply not? can i join not? is that allowed?"),
    ("Mình sống ở Việt Nam, em ở Việt Nam, nhiều người ở nước ngoài. Người ngoài Mỹ, ngoài Hoa Kỳ, ngoài nước Mỹ có "
     "được không?",
     "i live in vietnam, i in vietnam, nhieu people abroad. people outside the us, outside the us, outside the us "
     "is that allowed?"),
    ("Em không ở nước Mỹ, không ở Hoa Kỳ mà ở nước khác, quốc gia khác.",
     "i not in the us, not in the us ma in another country, another country."),
    ("Thông tin liên hệ, điện thoại, địa chỉ email của chương trình là gì? Liên lạc với ai?",
     "contact info, phone, email address of the program what is? contact with who?"),
    ("Cho mình xin thông tin liên lạc. Cho em hỏi, cho mình hỏi, cho tôi hỏi: em muốn hỏi ai về LSSC? Mọi người ơi!",
     "may i have contact info. may i ask, may i ask, may i ask: i who do i contact about lssc? everyone oi!"),
    ("Mình có bao lâu? Mất bao lâu để hoàn thành? Thời hạn và thời gian là bao nhiêu? Có bao nhiêu bộ năng lực?",
     "i how long do i have? how long does it take to complete? time limit and time how much is it? have how many "
     "competency sets?"),
    ("Cần hoàn thành bao nhiêu bộ? Năng lực gì? Tôi cần hoàn thành bao nhiêu?",
     "need to complete how many sets? competency what? i need completed how much?"),
    ("LSSC có được tính vào bằng thạc sĩ không? Có tính là tín chỉ cao học không? Được tính không?",
     "lssc can i count toward master's degree not? have count as credits master's degree not? count not?"),
    ("Chứng chỉ có hiệu lực bao lâu? Khi nào hết hạn?",
     "certificate is valid how long? when does it expire?"),
    ("Có được hoàn lại tiền không, hay trả lại tiền? Em có được hoàn tiền, lấy lại tiền không?",
     "can i refund not, or refund? i can i refund, get my money back not?"),
    ("Em nộp hồ sơ năng lực được không? Em muốn nộp.",
     "i submit a portfolio is that allowed? i want submit."),
    ("Lớp học trực tuyến có được công nhận không? Khóa học được phê duyệt, được duyệt ở đâu? Ai phê duyệt? Tìm ở "
     "đâu?",
     "class online can i approved not? courses approved, approved where? who approved? where do i find?"),
    ("Có giảm giá hay ưu đãi không? Giá bao nhiêu? Có rẻ hơn không?",
     "have discount or discount not? price how much? have cheaper not?"),
    ("Ai tổ chức, ai điều hành LSSC? LSSC ra đời từ khi nào? Thành lập năm nào?",
     "who runs, who runs lssc? lssc started since when? founded what year?"),
    ("LSSC đáng không? Có xứng đáng không? Xứng đáng chứ! Lợi ích là gì? Có thăng tiến hoặc tăng lương không?",
     "lssc is it worth it? is it worth it not? worth it chu! benefit what is? have promotion or raise not?"),
    ("Em học đại học, có bằng tốt nghiệp trung học, tốt nghiệp trung học rồi. Kinh nghiệm ở trung học có được tính "
     "không?",
     "i take college, have high school diploma, high school diploma . experience in high school can i count not?"),
    ("Chức danh gì? Em nhận được gì?",
     "title what? do i get what?"),
    ("LSSC bắt buộc à? Có cần phải học không? Em cần gì? Nước ngoài thì sao? Liên hệ ở đâu? Hỏi ai? Hỏi ai về phí?",
     "lssc required ? do i need to take not? i need what? abroad sao? contact where? who do i contact? who do i "
     "contact about fee?"),
    ("Em muốn hỏi về thạc sĩ. Hiệu lực? Em sẽ được hoàn tiền chứ? Hồ sơ năng lực là gì? Bằng tốt nghiệp đại học? "
     "Nhận được chứng chỉ khi nào?",
     "i want to ask about master's degree. valid? i se get a refund chu? portfolio what is? diploma college? get "
     "certificate when?"),
    # Korean
    ("ALA 회원이 돼야 하나요, 아니면 회원이 되어야 신청할 수 있나요? 반드시 가입해야 해요? 가입하려면 뭐가 필요해요?",
     "ala member have to be, 아니면 have to be a member can i apply? must have to join 해요? to join 뭐가 need?"),
    ("등록하려면 회원이어야 돼요? 회원 자격이 요구되나요? 신청은 어떻게 해요? 신청서를 내야 해요?",
     "to enroll have to be a member 돼요? membership required? apply 어떻게 해요? apply 내야 해요?"),
    ("LSSC를 외국에서 해도 돼요? 저는 미국 외 다른 나라에 살아요. 미국 이외 지역 거주자도 돼요? 미국에서만 되나요?",
     "lssc abroad 해도 돼요? i outside the us another country i live. outside the us 지역 live 돼요? the us?"),
    ("LSSC에 대해 누구한테 물어봐요? 누구에게 연락해요? 연락처 좀 알려 주세요. 이메일이나 전화로 문의할 수 있어요? 프로그램 사무실이 있어요?",
     "lssc 대해 who 물어봐요? who contact? contact info 좀 please tell me. email phone contact can? program office 있어요?"),
    ("LSSC의 기간은 얼마 동안이에요? 끝내는 데 얼마나 걸려요? 몇 년 안에 끝내야 해요? 시간 제한이 있어요?",
     "lssc 기간은 how long? to finish how long does it take? how many years 안에 do i have to finish 해요? time limit 있어요?"),
    ("LSSC도 석사 학위에 도움이 되나요? 학위가 있어야 해요? 유효기간이 있어요? 유효한가요?",
     "lssc master's degree 도움이? degree 있어야 해요? validity period 있어요? valid?"),
    ("안 되면 돈을 돌려받을 수 있나요? LSSC은 온라인 강좌도 돼요? 어디에서 수업을 들어요?",
     "if not 돈을 get back can? lssc online courses 돼요? where class take?"),
    ("LSSC이 할인이 되나요? 가격이 저렴해요? LSSC을 누가 주관해요? 운영은 누가 해요? 자금은 어디서 왔어요? 자금을 지원한 곳은?",
     "lssc discount? price cheaper? lssc who runs? runs who 해요? funding where 왔어요? funded 곳은?"),
    ("LSSC는 언제 생겼어요? 언제 시작됐어요? 가치가 있어요? 가치는? 할 만한 자격증인가요? 장점이나 혜택이 있어요?",
     "lssc when started? when did it start? worth it? worth? worth certificate? benefit benefit 있어요?"),
    ("급여 인상이나 월급 인상이 돼요? 인상이 있어요? 연봉이나 월급이 올라요?",
     "raise raise 돼요? raise 있어요? salary salary 올라요?"),
    ("고졸인데 괜찮아요? 졸업장이 없는데 돼요? 고등학교만 나왔어요. 대학은 안 갔어요. 경력이나 경험이 있어야 해요? 경험만 있어도 돼요?",
     "high school diploma is that ok? diploma i do not have 돼요? high school 나왔어요. college 안 갔어요. experience "
     "experience 있어야 해요? experience 있어도 돼요?"),
    ("명칭이나 호칭, 직함이 뭐예요? 자격증을 받게 되나요? 끝나면 뭘 받아요? 역량은 몇 개예요?",
     "title title, title what is it? certificate do i get? when i finish 뭘 받아요? competency how many?"),
    ("회원이 돼야 해요? 꼭 해야 돼요? 등록이 되어야 해요? 질문 있나요? 할 수 있어요? 누구 알아요? 끝내는 게 어려워요. 프로그램이 시작됐나요?",
     "have to be a member 해요? must have to 돼요? enrolled have to be 해요? 질문? can i? who 알아요? finishing 게 어려워요. "
     "program started?"),
])
def test_faq_words_of_portuguese_polish_vietnamese_and_korean_are_said_in_english(question, english) -> None:
    assert in_english(question) == english


@pytest.mark.parametrize(("question", "entry"), [
    # Spanish
    ("¿Tengo que ser miembro de ALA para inscribirme en el LSSC?", "ala-membership"),
    ("Vivo en México y trabajo en una biblioteca, ¿puedo hacer el LSSC desde otro país?", "international-applicants"),
    ("¿Cuál es el correo de contacto del programa? ¿Tienen teléfono?", "contact"),
    ("¿Cuánto tiempo tengo para terminar todos los conjuntos?", "completion-deadline"),
    ("¿El LSSC cuenta como crédito para una maestría?", "counts-toward-mls"),
    ("¿Me devuelven el dinero si no soy elegible? ¿Hay reembolso?", "refund"),
    ("¿Puedo enviar un portafolio en vez de tomar un curso?", "portfolio"),
    ("¿Vale la pena hacer el LSSC? ¿Me darán un aumento o un ascenso?", "worth-it"),
    ("¿Qué título recibo cuando termino el programa?", "clss-designation"),
    ("¿Por cuánto tiempo es válida la certificación?", "certification-validity"),
    ("¿Quién administra el programa LSSC?", "who-runs-lssc"),
    ("¿Dónde encuentro los cursos aprobados?", "finding-courses"),
    # French
    ("J'habite au Canada, est-ce que je peux faire le LSSC depuis un autre pays ?", "international-applicants"),
    ("Est-ce que je dois être membre de l'ALA pour m'inscrire ?", "ala-membership"),
    ("Est-ce que je peux être remboursé si je ne suis pas admissible ?", "refund"),
    ("Quel est le courriel de contact du programme ?", "contact"),
    # Italian
    ("Devo essere socia ALA per iscrivermi al LSSC?", "ala-membership"),
    ("Abito in Italia, posso fare il LSSC dall'estero?", "international-applicants"),
    # German
    ("Muss ich ALA-Mitglied sein, um mich anzumelden?", "ala-membership"),
    ("Ich wohne in Deutschland. Kann ich LSSC aus dem Ausland machen?", "international-applicants"),
    ("Bekomme ich eine Rückerstattung, wenn ich nicht berechtigt bin?", "refund"),
])
def test_faq_questions_asked_in_spanish_french_italian_and_german(knowledge, context, question, entry) -> None:
    reply = ask(knowledge, context, question)
    assert (reply.kind, reply.topic) == ("faq", entry), (question, reply.kind, reply.topic, reply.text)


@pytest.mark.parametrize(("question", "english"), [
    # Spanish
    ("¿Hay que ser miembro de la ALA? ¿Es obligatorio? ¿El curso obligatorio y la cuota obligatoria? ¿Es necesario "
     "un título universitario o solo la secundaria? ¿Nada necesario?",
     " do i have to be an ala member? is it required? the course required and the cuota required? is it required a "
     "college degree o solo the high school? nada required?"),
    ("¿Tengo que ser miembro de ALA? Para inscribirme o inscribirse hay una solicitud; la inscripción es en línea. "
     "Quiero inscribirme. ¿Puedo postularme?",
     " do i have to be an ala member? to enroll o enroll is there a application; the enrollment is online. quiero "
     "enroll. can i apply?"),
    ("Vivo en Chile. ¿Se puede hacer desde otro país, en otro país, desde el extranjero o en el extranjero? ¿Un "
     "extranjero fuera de Estados Unidos, fuera de los Estados Unidos, fuera de EEUU o fuera del país? ¿Otro país?",
     "i live in chile. se puede do from another country, in another country, from abroad o abroad? a foreign "
     "outside the us, outside the us, outside the us o outside the us? another country?"),
    ("¿Cuál es el correo electrónico, el correo de contacto y el número de teléfono? ¿Con quién hablo? ¿Quién sabe? "
     "¿Tienen oficina? ¿Un contacto? ¿Un teléfono?",
     " what is the email, the email contact and the phone number? who do i talk to? who sabe? do they have office? a "
     "contact? a phone?"),
    ("¿Cuánto tiempo tengo? ¿Cuánto tiempo dura? ¿Hay tiempo? ¿Todos los cursos y todas las sesiones?",
     " how long do i have? how long lasts? is there time? all the courses and all the sesiones?"),
    ("¿El LSSC cuenta como crédito? ¿Cuenta para algo en la universidad? ¿Sirve para una maestría? ¿La maestría es "
     "aparte? ¿La certificación es válida? ¿Es válido? ¿Caduca? ¿Me devuelven el dinero? Perdí dinero.",
     " the lssc counts as credit? counts toward algo in the university? sirve toward a master's degree? the master's "
     "degree is aparte? the certification is valid? is valid? expires? do i get my money back? perdi money."),
    ("¿Vale la pena? ¿Un aumento de sueldo o un ascenso? ¿Qué beneficios? ¿Recibo un título? ¿Me darán algo? ¿Quién "
     "administra y quién financió? ¿Cuándo empezó?",
     " is it worth it? a raise or a promotion? que benefits? do i get a title? will i get algo? who runs and who "
     "funded? when did it start?"),
    ("¿Dónde encuentro los cursos aprobados? ¿Dónde están los aprobados? ¿Hay descuento? ¿Un portafolio en vez de un "
     "curso, o en lugar de tomar clases?",
     " where do i find los approved courses? where estan los approved? is there discount? a portfolio instead of a "
     "course, o instead of take clases?"),
    # French
    ("Est-ce que je dois être membre ? Je dois être inscrite ? Dois-je être membre ? Faut-il payer ? Il faut être "
     "membre ? Il faut combien ? C'est obligatoire ? Pour être certifiée ?",
     "do i have to be member ? do i have to be inscrite ? do i have to be member ? do i need to pay ? do i need to "
     "be member ? do i need how much ? c'est required ? pour be certified ?"),
    ("Pour m'inscrire, je veux m'inscrire ou s'inscrire en ligne, ou postuler ? J'habite en France, j'habite au "
     "Québec, j'habite à Paris, je vis en Belgique.",
     "to enroll, je veux enroll ou enroll in ligne, ou apply ? i live in france, i live in quebec, i live a paris, "
     "i live in belgique."),
    ("Depuis un autre pays, dans un autre pays, à l'étranger ou de l'étranger, hors des États-Unis ? Est-ce que je "
     "peux ? Je peux ? Puis-je le faire ?",
     "from another country, dans another country, abroad ou from abroad, outside the us ? can i ? i can ? can i le "
     "do ?"),
    ("Quel est le courriel, une adresse courriel, le téléphone, le numéro de téléphone du programme ? Qui contacter "
     "? Qui gère ? Quel est-il ? Qui sait ?",
     "what is the email, a email address, le phone, le phone number of the program ? who do i contact ? who runs ? "
     "what is-il ? who sait ?"),
    ("Combien de temps ? Je serai remboursée ? Il sera remboursé ? Quel remboursement si je ne suis pas admissible ? "
     "Ça compte pour une maîtrise ? C'est valide ?",
     "how long ? je serai refunded ? il sera refunded ? quel refund if i am not eligible ? ca counts toward a "
     "master's degree ? c'est valid ?"),
    ("Ça vaut la peine ? Vaut la peine ou pas ? Une augmentation de salaire ? Une augmentation ? Quel titre ? Le "
     "titre ? Des cours approuvés, où trouver ?",
     "is it worth it ? worth it ou not ? a raise ? a raise ? what title ? le title ? des approved courses, where do "
     "i find ?"),
    # Italian
    ("Devo essere socia? Per essere idonea, per iscrivermi: voglio iscrivermi o iscriversi online, è obbligatorio?",
     "do i have to be member? for be eligible, to enroll: voglio enroll or enroll online, is it required?"),
    ("Abito in Spagna, abito lontano. Dall'estero, all'estero, da un altro paese, c'è un altro paese, fuori dagli "
     "Stati Uniti, fuori dagli USA: posso fare il LSSC?",
     "i live in spagna, i live lontano. from abroad, abroad, from another country, c'e' another country, outside "
     "the us, outside the us: can i do the lssc?"),
    ("Un contatto, i contatti, il telefono, il numero di telefono: a chi chiedo? Chi gestisce il LSSC? Chi lo sa?",
     "a contact, i contact, the phone, the phone number: who chiedo? who runs the lssc? who lo sa?"),
    ("Il rimborso? Sarò rimborsata o rimborsato? Quanto tempo? Vale per la laurea magistrale? È valido? La "
     "certificazione è valida?",
     "the refund? saro refunded or refunded? how long? vale for the master's degree? is valid? the certification is "
     "valid?"),
    ("Ne vale la pena? Vale la pena? Un aumento o una promozione? Il titolo? Dove trovo i corsi approvati?",
     "is it worth it? is it worth it? a raise or a promotion? the title? where do i find i approved courses?"),
    # German
    ("Muss ich Mitglied sein? Muss ich ALA-Mitglied sein, um mich anzumelden? Ist eine Anmeldung Pflicht oder "
     "erforderlich? Kann ich mich anmelden oder bewerben? Vergessen anzumelden?",
     "do i have to be a member? do i have to ala member be, to enroll? is a enrollment required or required? can i "
     "enroll or apply? vergessen enroll?"),
    ("Ich wohne in Österreich, wohne aber bald woanders. Aus dem Ausland, im Ausland, Ausland, in einem anderen "
     "Land, außerhalb der USA: kann ich LSSC machen?",
     "i live in osterreich, live but bald woanders. from abroad, abroad, abroad, in another country, outside the "
     "us: can i lssc do?"),
    ("E-Mail-Adresse? Telefonnummer? An wen wende ich mich? Wer leitet LSSC? Wo finde ich anerkannte Kurse?",
     "email address? phone number? who wende i ? who runs lssc? where do i find approved courses?"),
    ("Rückerstattung? Geld zurück, wenn ich nicht berechtigt bin? Bekomme ich Geld zurück? Zählt es für ein "
     "Masterstudium? Ist es gültig? Wann läuft es ab? Läuft ab?",
     "refund? money back, if i am not eligible? do i get money back? zahlt es for a master's degree? is es valid? "
     "when lauft es ab? expires?"),
    ("Lohnt sich das? Gehaltserhöhung oder Beförderung? Welcher Titel?",
     "is it worth it das? raise or promotion? welcher title?"),
    # Spanish words Portuguese spells alike ("requisitos", "experiencia", "programa") are read as Spanish, and Spanish
    # "dos" and "o" stay "two" and "or"
    ("Trabajé dos años como voluntaria en la biblioteca. ¿Cuáles son los requisitos de experiencia del programa o me "
     "faltan horas?",
     "trabaje two years como volunteer in the library. cuales son los requirements of experience of the program o i still need hours?"),
])
def test_faq_words_of_spanish_french_italian_and_german_are_said_in_english(question, english) -> None:
    assert in_english(question) == english


@pytest.mark.parametrize("question", [
    # each holds words spelled like the FAQ words added ("fora", "exterior", "dura", "todos", "os", "na", "num", "Mora",
    # "Essa", "jest", "mature", "ale", "Hay", "Tim", "Gia", "Tien", "AI", "GI", "o", "hoc", "NOP", "CAC", "muon", "can",
    # "do", "no", "fare", "chi", "qui"), and stays English
    "Hay is for horses: Tim, Gia and Tien asked the AI about the GI Bill and o-rings. Is the fee the same?",
    "The muon and ad hoc NOP tests at CAC: is it a jest? Can the fee be paid in a num of ways?",
    "Fora of the exterior: Mora, Essa and Dura asked about the OS; my todos list is done, na. Is the fee the same?",
    "I am a mature student; is it a jest that the CLSS fee is the same? Tim can do the sets, em, can he? An ale?",
    "Can the Co the fee cover Tim? Do no harm: do the sets count? no, do the ALA one",
    "What is the bus fare for tai chi class? The qui tam case: is it a fee I pay for the sets?",
])
def test_english_with_look_alike_words_of_the_faq_words_is_left_as_it_is(question) -> None:
    assert in_english(question) == question


@pytest.mark.parametrize(("question", "required", "electives"), [
    # Portuguese: done last semester, planned for the next one
    ("Concluí Foundations no semestre passado e também fiz Access Services. Technology vou fazer no próximo "
     "semestre. O que falta?", [CT, TECH], 2),
    # Vietnamese: taking now, planned, only registered for next term (not done)
    ("Em đã học xong Foundations và Access Services, Technology em đang học, còn Youth Services em dự định học kỳ "
     "sau. Em còn thiếu gì?", [CT, TECH], 2),
    ("Foundations em xong rồi, Technology thì em mới đăng ký cho học kỳ sau. Em còn thiếu gì?", [CT, TECH], 3),
    # Korean: completed with its endings, taking now, planned for next semester
    ("저는 Foundations랑 Youth Services를 수료했고 Technology는 다음 학기에 들을 예정이에요. 뭐가 남았어요?", [CT, TECH], 2),
    ("Foundations 마쳤고 Access Services도 수료했어요. Technology는 지금 듣는 중이에요. 뭐가 남았나요?", [CT, TECH], 2),
    # Polish: taking now, planned for next semester, registered for next semester
    ("Zaliczyłam Foundations i Access Services, Technology robię teraz, a Youth Services planuję w przyszłym "
     "semestrze. Co mi zostało?", [CT, TECH], 2),
    ("Ukończyłam Foundations w zeszłym semestrze, na Technology jestem zapisana na następny semestr. Co mi zostało?",
     [CT, TECH], 3),
])
def test_progress_asked_in_portuguese_vietnamese_korean_and_polish(knowledge, context, question, required,
                                                                    electives) -> None:
    leaves(knowledge, context, question, required, electives)


@pytest.mark.parametrize(("question", "expected", "topic"), [
    # Portuguese
    ("Somos 3 bibliotecárias. Duas são membros da ALA e uma não é membro. Cada uma vai fazer 1 curso de $150. "
     "Quanto vamos pagar?", "$1,450", "fee"),
    ("Trabalho 30 horas por semana há 2 anos, mas tirei licença maternidade de 10 semanas. Sou elegível?", "2,820",
     "eligibility"),
    ("Trabalho 6 horas por dia, 5 dias por semana, há 1 ano e meio. Sou elegível?", "2,340", "eligibility"),
    ("Para renovar: 2 créditos trimestrais, 1 dia de conferência e 3 webinários de 90 minutos cada. Quantas horas "
     "eu tenho?", "30.5", "contact-hours"),
    # Vietnamese
    ("Chúng em có 3 người, hai người là hội viên ALA, còn một người thì không. Mỗi người sẽ học 2 khóa 95 đô. "
     "Chúng em phải trả bao nhiêu?", "$1,570", "fee"),
    ("Em làm 30 giờ/tuần ở thư viện trường đại học được 2 năm rồi, nhưng có nghỉ thai sản 10 tuần. Em có đủ điều "
     "kiện không?", "2,820", "eligibility"),
    ("Em làm 30 giờ/tuần được 20 tháng, nhưng có 6 tuần nghỉ ốm. Em có đủ điều kiện không?", "2,420", "eligibility"),
    ("Em làm 8 tiếng mỗi ngày, 5 ngày một tuần, được 1 năm rồi. Em có đủ điều kiện không?", "2,080", "eligibility"),
    ("Để gia hạn: 2 tín chỉ quý, 1 ngày hội nghị và 3 webinar mỗi buổi 90 phút. Em có bao nhiêu giờ?", "30.5",
     "contact-hours"),
    # Korean
    ("우리는 직원 3명이에요. 두 명은 ALA 회원이고 한 명은 아니에요. 각각 195달러짜리 과목 2개를 들을 거예요. 합계 얼마예요?",
     "$2,170", "fee"),
    ("주 30시간 2년 동안 일했는데 중간에 출산 휴가 10주가 있었어요. 자격이 되나요?", "2,820", "eligibility"),
    ("하루에 7시간, 주 5일, 2년 동안 도서관에서 일했어요. 자격이 되나요?", "3,640", "eligibility"),
    ("갱신을 위해 quarter credit 3개, 60분짜리 webinar 2개, 컨퍼런스 2일을 했어요. 몇 시간이에요?", "= 44 contact hours",
     "contact-hours"),
    ("갱신하려고 semester credit 1개랑 컨퍼런스 1일, 그리고 120분짜리 technology workshop 2개를 했어요. 몇 시간이에요?",
     "= 25 contact hours", "contact-hours"),
    # Polish
    ("Jesteśmy trzy bibliotekarki: dwie są członkiniami ALA, a jedna nie. Każda z nas zrobi 2 kursy po 95 $. "
     "Ile zapłacimy razem?", "$1,570", "fee"),
    ("Pracuję 30 godzin tygodniowo od 2 lat, ale byłam na urlopie macierzyńskim przez 10 tygodni. Czy jestem "
     "uprawniona?", "2,820", "eligibility"),
    ("Pracowałam 30 godzin tygodniowo przez 2 lata, ale miałam 12 tygodni zwolnienia lekarskiego. Czy jestem "
     "uprawniona?", "2,760", "eligibility"),
    ("Pracuję 7 godzin dziennie, 5 dni w tygodniu, od 2 lat. Czy jestem uprawniona?", "3,640", "eligibility"),
    ("Do odnowienia: 2 punkty kwartalne, 1 dzień konferencji i 3 webinary po 90 minut. Ile godzin mam?", "30.5",
     "contact-hours"),
])
def test_hours_fees_and_renewal_hours_asked_in_portuguese_vietnamese_korean_and_polish(knowledge, context, question,
                                                                                      expected, topic) -> None:
    says(knowledge, context, question, expected, topic=topic)


@pytest.mark.parametrize(("question", "english"), [
    ("Em làm 25 giờ/tuần được 18 tháng rồi, từ 8 giờ sáng đến 4 giờ chiều, nghỉ trưa 1 tiếng",
     "i work 25 hours a week for 18 months, from 8 am to 4 pm, lunch break 1 hours"),
    ("Em mới đăng ký Technology cho học kỳ sau, Foundations em học xong kỳ trước",
     "i only registered technology for next semester, foundations i finished last term"),
    ("Technology는 지금 듣는 중이고 Youth Services는 다음 학기에 들을 예정이에요",
     "technology now i am taking youth services next semester planned"),
    ("저는 오전 8시부터 오후 4시까지 일하고 점심시간은 1시간이에요. 90분짜리 webinar 2개도 들었어요",
     "i from 8 am to 4 pm 일하고 lunch break 1 hours. 2 webinar of 90 minutes each took"),
    ("Fiz Foundations no semestre passado; estou inscrita em Technology para o próximo semestre",
     "i did foundations last semester; i am registered for technology for o next semester"),
    ("Somos duas funcionárias, ambas sócias da ALA, 8 horas por dia, intervalo de almoço de 1 hora",
     "we are two staff, both members of ala, 8 hours a day, lunch break of 1 hour"),
    ("Pracuję od 18 miesięcy, 7 godzin dziennie, przerwa na lunch 1 godzina",
     "i work for 18 months, 7 hours a day, lunch break 1 hour"),
    ("Obie jesteśmy członkiniami ALA, Technology zrobiłam w zeszłym semestrze",
     "both we are ala members, technology i did last semester"),
])
def test_progress_and_time_words_of_portuguese_vietnamese_korean_and_polish_are_said_in_english(question,
                                                                                               english) -> None:
    assert in_english(question) == english


@pytest.mark.parametrize("question", [
    # each holds words spelled like the new Portuguese, Vietnamese or Polish ones ("ha", "fez", "sang", "con", "rano",
    # "obie") or their English ("am", "pm", "lunch break", "workshop"), and stays English
    "Ha, I sang at the con, then wore a fez to the workshop; do I still need Technology?",
    "From 9 am to 5 pm with a lunch break, 8 hours a day for 2 years. Am I eligible?",
    "Em and Sang both took Access Services last semester. What is left for them?",
    "Rano and Obie asked: how many quarter credits for a conference day?",
])
def test_english_with_look_alike_progress_and_time_words_is_left_as_it_is(question) -> None:
    assert in_english(question) == question
