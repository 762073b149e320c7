/** The lexicon's third part (the format: lexiconData.ts): the everyday words any text is written in. */
export const LEXICON_SECTIONS_3: string[] = [
  // Time, quantity and degree.
  `وقت أوقات وقتا | time times ; مرة مرات | time times once ; دائما | always ; أبدا | never ever ; أحيانا | sometimes
   غالبا | often mostly ; قريبا | soon ; مبكر* | early ; متأخر* | late* ; سابق* سابقا | former* previous* earlier
   لاحق* لاحقا | later subsequent* ; جديد جديدة | new ; أخيرا مؤخرا | recent* finally lately ; فورا | immediately
   كل | every each all ; جميع | all ; بعض | some ; معظم أغلب | most majority ; كثير* | many much lot
   قليل* | few little ; أكثر | more most ; أقل | less fewer least ; عدد أعداد | number* ; مجموع* | total*
   فقط | only just ; أيضا | also too ; جدا للغاية | very extremely ; تقريبا نحو حوالي | about around nearly almost approximately
   مرتفع* عال* | high* ; منخفض* | low* ; كامل* | full* entire* whole complete* ; جزء أجزاء | part* ; نصف | half
   متوسط* | average* ; حجم | size ; وزن | weight* ; طول | length ; مسافة | distance ; سرعة | speed
   ميل أميال | mile* ; كيلومتر* | kilometre* kilometer* =km ; متر أمتار | metre* meter* ; أقدام | feet foot
   بداية | beginning* start ; نهاية | end ; منتصف | middle mid ; مدة فترة | period* ; مرحلة مراحل | stage* phase*`,
  // People and their doings.
  `شيء أشياء | thing* ; طريقة طرق | way* method* ; سبب أسباب | reason* cause* ; نتيجة نتائج | result* outcome*
   هدف | aim* goal* target* ; فكرة أفكار | idea* ; رأي آراء | opinion* view* ; أمل آمال | hope*
   خوف مخاوف | fear* ; قلق | concern* worr* anxi* ; غضب | anger angry ; فرح | joy ; حزن | sadness grief
   مشاعر شعور | feeling* ; حب | love ; ألم آلام | pain* ; ضحك | laugh* ; بكى بكاء | cried cry* tears
   فرصة فرص | chance* opportunit* ; تجربة تجارب | experience* experiment* ; خبرة خبرات | experience* expertise
   مهارة مهارات | skill* ; قدرة | ability abilities capacity ; مساعدة | help* aid assistance ; خدمة خدمات | service*
   حاجة احتياجات | need* ; مسألة | matter* issue ; موضوع | subject* topic* ; أمر أمور | matter* order*
   حقيقة حقائق | fact* truth ; كذب | lie lies lying ; سر أسرار | secret* ; اسم أسماء | name*
   لغة لغات | language* ; عربي* | arabic ; إنجليزية الإنجليزية | english ; صوت | voice* sound*
   عين عيون | eye* ; يد أيدي | hand* ; رأس | head*
   موظف* | employee* staff ; زميل زملاء | colleague* ; جار جيران | neighbo* ; ضيف ضيوف | guest*
   قائد قادة | leader* commander* ; زعيم زعماء | leader* ; خبير خبراء | expert* ; محلل* | analyst*
   مدير مديرو | director* manager* ; رئيس_تنفيذي | chief_executive =CEO ; مؤسس* | founder* ; مالك* | owner*
   عضو أعضاء | member* ; مستخدم* | user* ; متابع* | follower* ; زائر* زوار | visitor*
   حياة | life ; موت | death ; صحة | health ; نوم | sleep* ; طعام أكل | food eat* ate ; شرب | drink*`,
  // Verbs of every day.
  `جاء يأتي | came come* ; ذهب يذهب | went go goes going gone ; أخذ يأخذ | took take* ; أعطى يعطي | gave give*
   جعل يجعل | made make* ; حصل يحصل | got get* obtain* ; فعل يفعل | did do does done
   تحدث يتحدث | spoke speak* talk* ; تكلم | spoke speak* talk* ; شرح | explain* ; وصف يوصف | describ*
   فهم يفهم | understand* understood ; تذكر يتذكر | remember* recall* ; نسي | forgot forget*
   انتظر ينتظر | wait* ; بحث يبحث | search* look* ; سيطر | control* ; قاد يقود | led lead* drove drive*
   مشى | walk* ; ركض | ran run* ; جلس | sat sit* ; وقف | stood stand* ; سقط | fell fall*
   بقي يبقى | stay* remain* ; ترك يترك | left leave* ; يغير تغيير* | chang* ; حافظ | maintain* keep kept
   أنقذ | rescue* sav* ; حمى يحمي حماية | protect* ; دافع يدافع | defend* ; هاجم يهاجم | attack*
   يقبل قبول | accept* ; أرسل يرسل | sent send* ; استلم تلقى | received receiv* ; اتصل يتصل اتصال | call* contact*
   شارك يشارك مشاركة | participat* took_part ; أنشأ | creat* establish* founded ; طور يطور تطوير | develop*
   استخدم يستخدم استخدام | use used uses using usage ; اكتشف | discover* ; أظهر يظهر | show* reveal* ; اختفى | disappear* vanish*
   حدث يحدث | happen* occur* ; أصاب | hit struck injur* ; ضرب | hit struck beat* ; قام | did carried
   خطط يخطط | plan* ; توقع يتوقع | expect* predict* forecast* ; أمل يأمل | hope* ; خشي يخشى | fear* afraid
   شعر يشعر | felt feel* ; اعتبر يعتبر | consider* ; تعلم يتعلم | learn* ; علم يعلم | know* knew learn*
   أحب | love* like* ; كره | hate* ; ضحك يضحك | laugh* ; غنى يغني | sang sing*
   أنفق ينفق | spent spend* ; كسب | earn* won gain* ; وفر يوفر | provid* sav* ; استعد | prepar*
   انضم ينضم | join* ; ترشح | ran run* ; استقال | resign* ; عين عينت تعيين | appoint* named
   رحب | welcom* ; شكر | thank* ; اعتذر اعتذار | apolog* ; انتقد ينتقد انتقاد* | critici* ; مدح أشاد | prais*
   فكر يفكر | think* thought ; قرر | decid* ; اقترح اقتراح | propos* suggest* ; ناقش يناقش مناقشة | discuss* debat*`,
  // Adjectives and their nouns.
  `جميل* | beautiful* ; رائع* | great wonderful amazing ; عظيم* | great ; ضخم* | huge massive ; هائل* | huge enormous
   واضح* | clear* ; غريب* | strange* ; عادي* | normal ordinary ; طبيعي* | natural* normal ; حقيقي* | real* true
   كاذب* مزيف* | fake false ; صحيح* | correct true right ; خاطئ* | wrong ; مختلف* | different ; مماثل* مشابه* | similar
   حر أحرار | free ; مجاني* | free ; غال* باهظ* | expensive ; رخيص* | cheap* ; فقير* | poor ; غني* | rich
   مريض | sick ill patient ; ميت | dead ; حي | alive living ; شاب | young ; كبار | older elderly senior*
   وحيد* | alone lonely only ; مشهور* شهير* | famous ; معروف* | known well-known ; مفاجئ* مفاجأة | surpris* sudden*
   مهم | important ; ضروري* | necessary essential ; رئيسي* | main major key ; أساسي* | basic fundamental ; إضافي* | additional extra
   مستقر* | stable settled ; هادئ* | calm quiet ; مزدحم* | busy crowded ; فارغ* | empty ; مفتوح* | open ; مغلق* | closed
   كامل | complete full ; نهائي* | final* ; ممتاز* | excellent ; مثير* | exciting ; سيئ* | bad ; قاس* | harsh cruel
   بارد* برد | cold ; ساخن* حار* | hot ; دافئ* | warm ; جاف* | dry ; رطب* | wet humid
   صغار | young small ; قديمة | old ; حديث* | modern recent* ; تقليدي* | tradition* ; مستقل* | independen*`,
];
