/**
 * A general Arabic–English lexicon of news vocabulary, written by hand from knowledge of the two languages (not
 * learnt from any document): dates, numbers, places, institutions, and the nouns, verbs and adjectives news is
 * written in. Each entry is `Arabic forms | English forms`, entries separated by `;` or a line break.
 *
 * Arabic: a written form, matched after normalisation (normalize.ts) with its proclitics (و ف ب ك ل) and the
 * article stripped; `*` at the end matches the form and the form plus up to three letters of endings (حكوم* for
 * حكومة, حكومات, حكومي). Two words are matched as a phrase (الأمم المتحدة). English: lower-case, matched with a
 * plural, -ed, -ing or possessive ending stripped; `*` at the end matches any word that starts so (announc*); `=`
 * in front, an acronym in capitals (=UN). Forms of one language separated by spaces; a phrase joined by `_`. Of the
 * forms that match a word, the longest wins (storm* over stor*). An Arabic present-tense verb is listed in its
 * he-form (يعتقد) and found in every person (lexicon.ts). Entries sharing an English form are one concept.
 */
export const LEXICON_SECTIONS: string[] = [
  // Months (Gregorian names and the Levantine ones) and weekdays.
  `يناير | january jan ; كانون | january december jan dec ; فبراير شباط | february feb ; مارس آذار | march
   أبريل إبريل نيسان | april apr ; يونيو يونيه حزيران | june jun ; يوليو يوليه تموز | july jul
   أغسطس اغسطس | august aug ; سبتمبر أيلول | september sept sep ; أكتوبر | october oct ; تشرين | october november oct nov
   نوفمبر | november nov ; ديسمبر | december dec ; الاثنين الإثنين | monday ; الثلاثاء | tuesday ; الأربعاء | wednesday
   الخميس | thursday ; الجمعة | friday ; السبت | saturday ; الأحد | sunday ; عطلة عطل | holiday* vacation weekend
   يوم أيام | day days ; أسبوع* أسابيع | week* ; شهر أشهر شهور | month* ; سنة سنوات عام أعوام سنوي* | year* annual*
   ساعة ساعات | hour* clock ; دقيقة دقائق | minute* ; ثانية ثوان | second* ; قرن قرون | century centuries
   عقد عقود | decade* contract* ; أمس البارحة | yesterday ; غدا | tomorrow ; صباح* | morning* ; مساء* | evening*
   ليلة ليل ليال* ليلا | night* tonight ; الليلة | tonight ; ظهر | noon afternoon ; الآن حاليا | now current* currently
   موسم مواسم | season* ; صيف | summer ; شتاء | winter ; ربيع | spring ; خريف | autumn fall
   مستقبل* | future ; ماضي ماضية | past last ; تاريخ* | history historic* date`,
  // Number words.
  `واحد واحدة | one ; اثنان اثنين اثنتين اثنتان | two ; ثلاث ثلاثة | three ; أربع أربعة | four ; خمس خمسة | five
   ست ستة | six ; سبع سبعة | seven ; ثماني ثمانية ثمان | eight ; تسع تسعة | nine ; عشر عشرة | ten
   عشرين عشرون | twenty ; ثلاثين ثلاثون | thirty ; أربعين أربعون | forty ; خمسين خمسون | fifty
   ستين ستون | sixty ; سبعين سبعون | seventy ; ثمانين ثمانون | eighty ; تسعين تسعون | ninety
   مئة مائة مئات | hundred* ; ألف آلاف | thousand* ; مليون ملايين | million* ; مليار مليارات | billion*
   تريليون | trillion* ; نصف | half ; ربع | quarter* ; ثلث | third ; أول أولى الأولى | first ; ثاني الثاني | second
   ثالث الثالث الثالثة | third ; رابع الرابع الرابعة | fourth ; خامس الخامس الخامسة | fifth ; أخير* | last final* latest
   بالمئة بالمائة | percent per_cent percentage ; نسبة | percent* rate proportion share ; مرتين | twice ; عشرات | dozen*
   دولار* | dollar* ; يورو | euro* ; جنيه | pound* sterling ; إسترليني استرليني | sterling ; عملة عملات | currenc*`,
  // Countries, peoples and capitals whose names a transliteration skeleton would not match.
  `الولايات_المتحدة أمريك* أميرك* | america* =US =USA united_states ; بريطاني* | britain british =UK =GB
   المملكة_المتحدة | =UK united_kingdom britain ; إنجلترا إنكلترا انجلترا انكلترا إنجليزي* إنكليزي* | england english
   اسكتلندا اسكتلندي* | scotland scottish scots ; ويلز | wales welsh ; أيرلندا إيرلندا أيرلندي* | ireland irish
   فرنسا فرنسي* | france french ; ألمانيا ألماني* | germany german* ; إيطاليا إيطالي* | italy italian*
   إسبانيا اسبانيا إسباني* | spain spanish spaniard* ; البرتغال برتغالي* | portugal portuguese ; اليونان يوناني* | greece greek*
   هولندا هولندي* | netherlands dutch holland ; بلجيكا بلجيكي* | belgium belgian* ; سويسرا سويسري* | switzerland swiss
   النمسا نمساوي* | austria austrian* ; السويد سويدي* | sweden swedish swede* ; النرويج نرويجي* | norway norwegian*
   الدنمارك دنماركي* | denmark danish dane* ; فنلندا فنلندي* | finland finnish finn* ; بولندا بولندي* | poland polish pole*
   روسيا روسي* | russia* ; أوكرانيا أوكراني* | ukrain* ; تركيا تركي* أتراك | turkey turkish turk*
   الصين صيني* | china chinese ; اليابان ياباني* | japan japanese ; الهند هندي* هنود | india indian*
   كوريا كوري* | korea* ; أستراليا استراليا أسترالي* | australia* ; كندا كندي* | canada canadian*
   المكسيك مكسيكي* | mexico mexican* ; البرازيل برازيلي* | brazil* ; الأرجنتين أرجنتيني* | argentin*
   مصر مصري* | egypt* ; السعودية سعودي* | saudi* ; العراق عراقي* | iraq* ; سوريا سورية سوري* | syria*
   لبنان لبناني* | leban* ; الأردن أردني* | jordan* ; فلسطين فلسطيني* | palestin* ; إسرائيل إسرائيلي* | israel*
   إيران إيراني* | iran* ; أفغانستان أفغاني* | afghan* ; باكستان باكستاني* | pakistan* ; اليمن يمني* | yemen*
   ليبيا ليبي* | libya* ; تونس تونسي* | tunisia* ; الجزائر جزائري* | algeria* ; المغرب مغربي* | morocc*
   السودان سوداني* | sudan* ; قطر قطري* | qatar* ; الكويت كويتي* | kuwait* ; الإمارات إماراتي* | emirat* =UAE
   البحرين بحريني* | bahrain* ; أوروبا أوروبي* | europe* ; آسيا آسيوي* | asia* ; أفريقيا إفريقيا أفريقي* إفريقي* | africa*
   عرب عربي* | arab* ; اسكندنافي* | scandinavia* ; الفاتيكان | vatican ; نيجيريا نيجيري* | nigeria*
   القاهرة | cairo ; القدس | jerusalem ; دمشق | damascus ; بيروت | beirut ; بغداد | baghdad ; طهران | tehran
   الرياض | riyadh ; موسكو | moscow ; بكين | beijing ; طوكيو | tokyo ; أثينا | athens ; روما | rome ; فيينا | vienna
   جنيف | geneva ; بروكسل | brussels ; البندقية | venice ; ميونخ | munich ; إسطنبول اسطنبول | istanbul
   واشنطن | washington ; لندن | london ; باريس | paris ; برلين | berlin ; مدريد | madrid ; نيويورك | new_york
   شمال* | north* ; جنوب* | south* ; شرق* | east* ; غرب* | west* ; الشرق_الأوسط | middle_east ; خليج | gulf
   وسط | central centre center middle ; دولي* | international* ; عالم* | world* global*
   محلي* | local* ; وطني* | national* ; قومي* | national* ; أجنبي* أجانب | foreign*`,
  // Government, politics and the law.
  `الأمم_المتحدة | =UN united_nations ; أمم | nations ; الاتحاد_الأوروبي | =EU european_union ; اتحاد* | union federation
   الناتو حلف | =NATO nato alliance ; منظمة منظمات | organi* ; مؤسسة مؤسسات | institution* foundation* ; جمعية | association* society assembly
   حكوم* | government* ; رئيس رؤساء | president* head chief* chairman premier prime ; رئاس* | presiden*
   رئيس_الوزراء | prime_minister premier ; وزير وزراء وزار* | minister* ministry ministries secretary
   برلمان* | parliament* ; مجلس | council* board house assembly chamber ; مجلس_الشيوخ | senate ; مجلس_النواب | house
   نائب نواب | deputy deputies lawmaker* representative* =MP =MPs vice ; سيناتور الشيوخ | senator* senate
   ملك ملوك | king* ; ملكة | queen* ; ملكي* | royal* ; أمير أمراء | prince* emir ; أميرة | princess*
   حزب أحزاب حزبي* | party parties ; ديمقراطي* ديموقراطي* | democra* ; جمهوري* | republic* ; محافظ* | conservative* governor*
   ليبرالي* | liberal* ; اشتراكي* | socialist* ; عمال | labour labor worker* ; يسار* | left* ; يمين* | right*
   سياس* | politic* policy policies ; انتخاب* | elect elected election* electoral ; ناخب* | voter* electorate ; اقتراع | ballot* vote* poll polls polling
   تصويت صوت* | vote* voting ; استفتاء | referendum* ; مرشح* | candidate* nominee* ; حملة حملات | campaign*
   فوز فاز يفوز | win won victory victories winner* ; خسر يخسر خسارة | lose lost loss* defeat*
   هزيمة هزم | defeat* beat ; دستور* | constitution* ; قانون* قوانين | law laws legal* legislat* bill bills
   محكم* | court* ; قاض* قضاة | judge* justice* ; قضية قضايا | case* issue* ; محام* | lawyer* attorney*
   قضائي* | judicial* ; عدل عدالة | justice ; حقوق | rights ; حق | right ; حرية حريات | freedom* liberty
   إنسان* | human* ; ديمقراطية | democracy ; سلطة سلطات | authorit* power* ; نظام أنظمة | system* regime*
   دولة دول | state states country countries nation nations ; بلد بلاد بلدان | country countries ; عاصمة | capital
   حدود حدودي* | border* frontier* ; سفير* | ambassador* envoy ; سفارة | embass* ; قنصل* | consul consulate*
   دبلوماسي* | diplomat* ; مفاوض* | negotiat* talks ; محادث* | talks conversation* ; اتفاق* | agree* deal* accord*
   معاهدة | treaty treaties ; عقوب* | sanction* penalt* ; قرار* | decision* resolution* decide* ; خطة خطط | plan plans planned planning
   مشروع* | project* bill scheme* draft ; إصلاح* | reform* ; أزمة أزمات | crisis crises ; مشكلة مشاكل مشكلات | problem* issue*
   رسمي* | official* ; مسؤول* | official* responsib* charge ; متحدث | spokes* ; بيان* | statement*
   مؤتمر* | conference* congress summit ; قمة | summit* peak top ; اجتماع* | meeting* ; زيار* | visit*
   سيادة | sovereign* ; استقلال | independen* ; احتجاج* محتج* | protest* ; مظاهر* متظاهر* | demonstrat* protest*
   معارض* | opposition oppos* critic* ; إضراب | strike* ; ثورة | revolution* ; انقلاب | coup
   الكونغرس الكونجرس | congress* ; البيت_الأبيض | white_house ; عمدة | mayor* ; بلدي* | municipal* council*
   شعب* | people popular* ; مواطن* | citizen* ; سكان | resident* population inhabitant*`,
];
