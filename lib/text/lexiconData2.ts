/** The lexicon's second half (the format: lexiconData.ts): security, economy, society, nature, sport, culture. */
export const LEXICON_SECTIONS_2: string[] = [
  // Security, crime and accidents.
  `جيش جيوش | army armies military troop* ; عسكري* | military soldier* ; جندي جنود | soldier* troop* ; قوات قوة | force*
   شرطة شرطي* | police* officer* ; ضابط ضباط | officer* ; أمن أمني* | security secur* ; مخابرات استخبارات | intelligence
   حرب حروب | war wars warfare ; سلام | peace* ; هدنة | truce ceasefire ; هجوم* هجمات | attack* assault* offensive
   انفجار* تفجير* | explosion* blast* bomb* ; قنبلة قنابل | bomb* ; صاروخ* صواريخ | missile* rocket*
   سلاح أسلحة | weapon* arms gun* firearm* ; نووي* | nuclear ; إرهاب* | terror* ; مسلح* | gunm* armed militant*
   قتل* يقتل مقتل | kill* murder* ; قتيل قتلى | dead death* killed ; جريح جرحى | wounded injured ; إصاب* مصاب* | injur* wound* hit
   ضحية ضحايا | victim* casualt* ; موت وفاة توفي* | death* died die dead ; مات يموت | died die ; جثة جثث | body bodies corpse*
   اعتقال اعتقل* معتقل* | arrest* detain* detention ; القبض | arrest* ; سجن* سجين* | prison* jail* inmate*
   تهمة تهم | charge* ; اتهام اتهم* متهم* | accus* charge* suspect* ; مشتبه | suspect* ; جريمة جرائم جنائي* | crime* criminal*
   تحقيق* تحقيقات | investigat* inquir* probe ; محقق* | investigator* detective* ; شاهد* شهود | witness* ; شهادة | testimon* certificate
   حادث* حوادث | accident* incident* crash* ; إطلاق_النار | shooting shot* gunfire ; رصاص* | bullet* shot* gunfire
   سرقة سرق* | theft steal* stole* robber* ; اغتصاب | rape* ; عنف | violen* ; اعتداء | assault* attack* abuse*
   حريق حرائق | fire* blaze* ; إنقاذ | rescue* ; إسعاف | ambulance* ; طوارئ | emergenc* ; كارثة | disaster*
   لاجئ* | refugee* ; مهاجر* | migrant* immigrant* ; هجرة | migration immigration ; نازح* | displaced
   أسير* أسرى | prisoner* captive* ; رهين* رهائن | hostage* ; خطف اختطاف | kidnap* abduct*
   استجواب استجوب* | question* interrogat* ; اعترف* اعتراف | admit* confess* ; حكم | sentence* ruled ruling rule verdict
   إعدام | execut* ; براءة | innocen* acquit* ; غرامة | fine* ; تهديد* هدد* | threat*`,
  // Economy, business and technology.
  `اقتصاد* | econom* ; سوق أسواق | market* ; سهم أسهم | share* stock* ; بورصة | exchange stock*
   بنك بنوك مصرف* | bank* ; شركة شركات | compan* firm* corporat* ; تجار* | trade* trading commerc* business*
   أعمال | business* work* ; سعر أسعار | price* ; نفط* | oil petroleum ; غاز | gas ; طاقة | energy power
   كهرباء | electric* power ; نمو | growth grow* ; تضخم | inflation ; ضريبة ضرائب ضريبي* | tax* ; ميزانية | budget*
   دين ديون | debt* ; استثمار* مستثمر* | invest* ; رسوم | tariff* fee* duties ; تجارية | commercial trade
   وظيفة وظائف | job* ; بطالة | unemploy* ; عامل عاملين موظف* | worker* employee* staff ; أجر أجور راتب رواتب | wage* salar* pay
   ربح أرباح | profit* ; إيراد* عائدات | revenue* ; مبيعات | sales ; مستهلك* | consumer* ; منتج* | product* producer*
   صناع* | industr* manufactur* ; مصنع مصانع | factor* plant* ; إنتاج | production ; تكنولوجي* تقني* | technolog* tech
   إنترنت الإنترنت | internet online ; هاتف* هواتف | phone* ; حاسوب كمبيوتر | computer* ; بيانات | data
   شبكة شبكات | network* ; موقع مواقع | site* website* location* ; تطبيق* | app* application* ; رقمي* | digital
   مال أموال مالي* | money financ* fund* ; تمويل | fund* financ* ; ثروة | wealth fortune ; فقر فقير* فقراء | poor poverty
   غني* أغنياء | rich wealthy ; تكلفة تكاليف | cost* ; نفقات | expense* spending ; دفع* يدفع | pay* paid
   اشترى شراء يشتري | bought buy* purchas* ; باع بيع يبيع | sold sell* sale* ; زبون زبائن عميل عملاء | customer* client*
   سيارة سيارات | car cars vehicle* ; طائرة طائرات | plane* aircraft jet* ; مطار* | airport* ; قطار* | train*
   سفينة سفن | ship* vessel* boat* ; ميناء | port* harbo* ; طريق طرق | road* way route* ; شارع شوارع | street*
   نقل | transport* ; رحلة رحلات | flight* trip* journey* ; مسافر* ركاب | passenger* traveller* traveler*
   زراع* مزارع* | farm* agricultur* ; غذاء أغذية طعام | food* ; قمح | wheat ; ماء مياه | water
   بناء | building construct* ; مبنى مباني | building* ; مشروع | project*`,
  // Society, people, health, education, culture and sport.
  `رجل رجال | man men ; امرأة المرأة نساء سيدة سيدات | woman women lady ladies ; طفل أطفال | child* kid* baby babies
   ولد أولاد صبي | boy* son* ; فتاة فتيات بنت | girl* daughter* ; شاب شباب | young youth* ; عائلة عائلات أسرة أسر | famil*
   أم أمهات والدة | mother* mom* mum* ; أب آباء والد | father* dad* parent* ; ابن أبناء | son* children
   ابنة | daughter* ; أخ إخوة شقيق* | brother* sibling* ; أخت شقيقة | sister* ; زوج | husband* spouse* ; زوجة زوجات | wife wives
   صديق* أصدقاء | friend* ; ناس أشخاص شخص | people person* ; جمهور | audience* public crowd* fans
   مشجع* | fan* supporter* ; مجتمع* | societ* communit* ; ثقاف* | cultur* ; دين* | religio*
   مسلم* | muslim* ; إسلام* | islam* ; مسيحي* | christian* ; يهود* | jew* ; كنيسة كنائس | church* ; مسجد مساجد | mosque*
   مستشفى مستشفيات مشفى | hospital* ; طبيب أطباء | doctor* physician* ; مريض مرضى | patient* ; مرض أمراض | disease* ill illness* sick*
   علاج | treat* therap* cure ; دواء أدوية | drug* medic* ; لقاح* | vaccin* ; فيروس* | virus* ; وباء | epidemic* pandemic*
   صحة صحي* | health* ; سرطان | cancer* ; قلب | heart* ; دم | blood ; دماغ | brain* ; جسد جسم | body bodies
   دراسة دراسات | stud* ; باحث* | researcher* ; بحث أبحاث | research* search* ; علم علماء علمي* | scien*
   جامعة جامعات جامعي* | universit* college* ; مدرسة مدارس | school* ; طالب طلاب | student* ; تعليم* | educat*
   معلم* مدرس* | teacher* ; كتاب كتب | book* ; فيلم أفلام | film* movie* ; أغنية أغاني | song* ; موسيقى موسيقي* | music*
   فنان* | artist* ; فن فنون | art arts artwork* ; مغني* | singer* ; ممثل* | actor* actress* ; مسرح* | theat* stage
   صورة صور | photo* picture* image* ; تلفزيون* تلفاز | televis* =TV ; إذاعة | radio ; صحيفة صحف جريدة | newspaper* paper*
   مجلة | magazine* journal ; صحفي* صحافي* | journalist* reporter* press ; إعلام* | media ; قصة قصص | stor*
   خبر أخبار | news ; تقرير* تقارير | report* ; مقابلة | interview* ; رسالة رسائل | letter* message*
   كلمة كلمات | word* speech* ; خطاب | speech* address ; سؤال أسئلة | question* ; جواب إجابة | answer*
   منزل منازل بيت بيوت | home* house* ; غرفة | room* ; باب | door* ; فندق | hotel* ; مطعم | restaurant*
   متحف | museum* ; مدينة مدن | city cities town* ; قرية قرى | village* ; منطقة مناطق | area* region* zone* district*
   حي أحياء | neighbo* district* ; ريف ريفي* | rural countryside ; حياة | life lives
   مباراة مباريات | match* game* ; فريق فرق | team* squad* ; لاعب لاعبين لاعبو | player* ; هدف أهداف | goal* target*
   بطولة | championship* tournament* title ; كأس | cup ; دوري | league* ; ملعب | stadium* pitch field
   مدرب | coach* manager* ; نادي نادٍ أندية | club* ; كرة | ball football ; كرة_القدم | football soccer
   شوط | half ; نقطة نقاط | point* ; أولمبي* | olympic* ; ميدالية | medal* ; سباق* | race* ; جولة | round* tour*
   رياض* | sport* athlet* ; غولف الغولف | golf* ; تنس | tennis ; سلة | basketball basket
   طقس | weather ; مناخ* | climate ; مطر أمطار | rain* ; عاصفة عواصف | storm* ; إعصار أعاصير | hurricane* cyclone* typhoon* tornado*
   فيضان* سيول | flood* ; زلزال* | earthquake* quake* ; رياح ريح | wind* ; ثلج ثلوج | snow* ; حرارة | heat temperature*
   درجة درجات | degree* ; جفاف | drought* ; غابة غابات | forest* ; بحر بحار | sea* ; محيط | ocean*
   نهر أنهار | river* ; جبل جبال | mountain* ; جزيرة جزر | island* ; ساحل* | coast* ; شاطئ | beach*
   صحراء | desert* ; أرض | land* earth ground ; هواء | air ; شمس شمسي* | sun solar ; قمر | moon* ; كوكب | planet*
   فضاء | space ; نجم نجوم | star* ; بيئة بيئي* | environment* ; تلوث | pollut* ; حيوان* | animal* ; كلب* | dog*`,
  // Frequent verbs of news and the adjectives it is written in.
  `قال قالت قالوا يقول تقول يقولون وقال | said say says saying told ; أضاف أضافت يضيف | added add adds adding
   أكد أكدت يؤكد | confirm* stress* insist* affirm* ; أعلن* يعلن* إعلان | announc* declar* ; أشار أشارت يشير | noted point* indicat*
   أوضح أوضحت يوضح | explain* ; ذكر ذكرت يذكر | mention* report* ; صرح صرحت تصريح* | stated statement* told remark*
   كتب كتبت يكتب | wrote write* ; نشر نشرت ينشر | publish* post* ; رفض رفضت يرفض | refus* reject*
   نفى نفت ينفي | denied deny denies denial* ; وافق وافقت يوافق موافقة | agree* approv* ; طالب طالبت يطالب | demand* call*
   دعا دعت يدعو دعوة | call* urg* invit* ; حذر حذرت يحذر تحذير* | warn* ; وعد وعدت | promis*
   بدأ بدأت يبدأ بداية | began begin* start* ; انتهى انتهت نهاية | end ends ended ending finish* ; استمر* | continu* last*
   توقف* | stop* halt* ; التقى التقت لقاء | met meet* ; سافر | travel* ; وصل وصلت وصول | arriv* reach*
   غادر غادرت مغادرة | left leav* depart* ; عاد عادت يعود عودة | return* came_back ; فتح فتحت افتتاح | open*
   أغلق أغلقت إغلاق | clos* shut* ; ساعد يساعد مساعدة | help* assist* aid ; دعم يدعم | support* backing backed
   عمل يعمل | work* ; لعب يلعب | play* ; ولد ولدت | born ; عاش يعيش | live* lived ; أحب يحب حب | love*
   أراد يريد تريد | want* ; يعتقد اعتقد | believ* think* ; يعرف عرف | know* knew ; سمع | heard hear hears hearing
   شاهد يشاهد | watch* saw see seen ; رأى يرى | saw see sees seeing seen ; قرأ | read reads reading ; وجد وجدت | found find*
   فقدت | lost lose losing ; ارتفع ارتفعت ارتفاع | rise* rose risen increas* up ; انخفض انخفضت انخفاض | fell fall* drop* declin* down
   زاد زيادة | increas* rais* ; تراجع* | declin* retreat* ; نجح نجاح | succe* ; فشل | fail*
   سمح يسمح | allow* permit* ; منع يمنع حظر | ban bans banned banning prevent* prohibit* ; أطلق* | launch* fire* releas*
   أفرج | releas* freed ; حاول يحاول محاولة | try tries tried trying attempt* ; طلب يطلب | ask* request* ; سأل | ask*
   أجاب رد | answer* repl* respond* ; قرر قررت | decid* ; اختار | chose choose* select* ; أصبح | became become*
   كبير كبيرة كبار | big large great major senior ; صغير صغيرة | small little ; جديد* | new ; قديم* | old ancient
   أكبر | biggest largest greatest ; أفضل | best better ; جيد جيدة | good ; سيء سيئة | bad ; مهم* | important
   سريع* | fast quick* rapid* ; طويل* | long tall ; قصير* | short ; قوي* | strong* powerful ; ضعيف* | weak*
   سعيد* | happy ; حزين* | sad ; آمن* | safe* ; خطير* | dangerous serious ; خطر* مخاطر | danger* risk*
   صعب* | difficult hard ; سهل* | easy ; ممكن | possible ; عام عامة | public general ; خاص خاصة | private special
   شعبي* | popular ; اجتماعي* | social ; تاريخي* | historic* ; أسود سوداء | black ; أبيض بيضاء | white
   أحمر حمراء | red ; أخضر خضراء | green ; أزرق زرقاء | blue`,
];
