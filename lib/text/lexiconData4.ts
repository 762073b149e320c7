/** The lexicon's fourth part (the format: lexiconData.ts): science, entertainment, home, nature, sport, law. */
export const LEXICON_SECTIONS_4: string[] = [
  `عالم_الفلك | astronomer* ; فلك* | astronom* ; مجرة مجرات | galax* ; صاروخ | rocket* ; قمر_صناعي | satellite*
   خلية خلايا | cell* ; جين جينات | gene* genetic* ; حمض | acid* ; بروتين* | protein* ; نوع أنواع | species type* kind*
   تجربة_سريرية | trial* ; عينة عينات | sample* ; مختبر* | laborator* lab* ; جهاز أجهزة | device* apparatus
   طاقة_شمسية | solar ; كربون* | carbon ; انبعاث* | emission* ; احترار | warming ; جليد* | ice ; حيتان حوت | whale*
   طائر طيور | bird* ; سمك أسماك | fish* ; شجرة أشجار | tree* ; زهرة زهور | flower* ; نبات* | plant* ; حشرة حشرات | insect*
   حصان خيول | horse* ; قط قطط | cat cats ; أسد | lion* ; نمر | tiger* ; فيل فيلة | elephant*
   عرض عروض | show* ; مسلسل* | series ; حلقة حلقات | episode* ; برنامج برامج | program* programme* show*
   شهرة | fame ; جائزة جوائز | award* prize* ; مهرجان* | festival* ; حفل حفلة | ceremon* concert*
   ألبوم | album* ; رواية روايات | novel* ; كاتب كتاب مؤلف* | writer* author* ; شاعر* شعر | poet* ; مخرج* | director*
   لعبة ألعاب | game* toy* ; فيديو | video* ; مقطع | clip* video* footage ; كاميرا كاميرات | camera* ; منصة | platform*
   ملابس | cloth* ; فستان | dress* ; حذاء أحذية | shoe* ; قميص | shirt* ; أزياء | fashion ; مجوهرات | jewel*
   سرير | bed* ; مطبخ | kitchen* ; حديقة حدائق | garden* park* ; سقف | roof* ceiling* ; جدار جدران | wall*
   نافذة نوافذ | window* ; شقة شقق | apartment* flat ; صندوق | box* fund ; حقيبة | bag*
   قهوة | coffee ; شاي | tea ; خبز | bread ; لحم لحوم | meat* ; حليب | milk ; سكر | sugar ; ملح | salt ; فاكهة | fruit*
   خضار خضروات | vegetable* ; مشروب* | drink* beverage* ; كحول* | alcohol* ; تدخين | smok* ; مخدرات | drug*
   حفرة حفر | hole* ; ضربة ضربات | shot* stroke* blow* ; بطل أبطال | champion* hero* ; لقب ألقاب | title*
   تعادل | draw drew tie* ; نتيجة | score* result* ; تسجيل | scor* record* regist* ; رقم_قياسي | record*
   ركلة ركلات | kick* penalt* ; حكم_المباراة | referee* ; مرمى | goal ; حارس* | goalkeeper* keeper guard*
   منتخب* | national_team squad ; جماهير | fans crowd* ; ميدان | field square ; ساحة | square arena yard
   دعوى دعاوى | lawsuit* suit ; محاكمة محاكمات | trial* ; حكم_بالسجن | sentenced ; استئناف | appeal*
   إفراج | release* ; كفالة | bail ; مخالفة مخالفات | violation* offence* offense* ; تحرش | harass*
   فساد | corrupt* ; رشوة | brib* ; احتيال | fraud* ; تهريب | smuggl* ; غسل_الأموال | money_laundering`,
  `حرب_أهلية | civil_war ; معركة معارك | battle* fight* ; قتال | fighting fight* ; غارة غارات | raid* strike* airstrike*
   قصف | shelling bombard* strike* ; طائرة_مسيرة | drone* ; دبابة دبابات | tank* ; سفينة_حربية | warship*
   احتلال | occupation occup* ; انسحاب | withdraw* pullout ; نزاع صراع | conflict* dispute* ; توتر* | tension*
   أمن_قومي | national_security ; تجسس جاسوس | spy spies spying espionage ; حصار | siege* blockade*
   مدني* | civilian* civil ; ميليشيا | militia* ; متمرد* | rebel* insurgent* ; جهادي* | jihad*
   تحالف | coalition* alliance* ; قاعدة قواعد | base bases rule rules ; مهمة | mission* task* ; عملية عمليات | operation* process*
   أزمة_إنسانية | humanitarian ; إنساني* | humanitarian* humane ; مساعدات | aid assistance ; مجاعة | famine*
   مخيم مخيمات | camp* ; ملجأ | shelter* ; إيواء | shelter* housing ; سكن* إسكان | housing resident*
   حكومة_محلية | local_government ; محافظة | province* governorate* ; إقليم أقاليم | region* province* territor*
   مقاطعة | county counties province* boycott* ; ولاية | state states ; جزيرة | island ; قارة | continent*
   صلاة | prayer* ; عيد أعياد | holiday* feast* eid ; رمضان | ramadan ; عيد_الميلاد | christmas ; حج | pilgrim* hajj
   زواج | marriage* wedding* married ; طلاق | divorce* ; جنازة | funeral* ; ولادة | birth* ; حمل | pregnan* carr*
   مراهق* | teen* adolescent* ; طفولة | childhood ; شيخوخة | old_age ageing aging ; مسن* | elderly older
   وزن | weight* ; سمنة | obes* ; رياضة | sport* exercise* ; نظام_غذائي | diet* ; نوم | sleep*
   تأمين | insurance ; معاش* تقاعد* | pension* retire* ; ضمان | guarantee* security ; قرض قروض | loan*
   عقار* | property properties estate ; إيجار | rent* ; سوق_الأسهم | stock_market ; فائدة فوائد | interest benefit*
   تصدير صادرات | export* ; استيراد واردات | import* ; إنتاج | output product* ; مخزون | stock* inventor*`,
];
