import { normalizeArabic } from '@/lib/text/normalize';

/** Function words that neither begin nor end a term, in their normalised (matching) form. */
export const ARABIC_STOP = new Set(
  [
    'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'إن', 'أنه', 'انه', 'إنه', 'التي', 'الذي', 'الذين', 'اللذين', 'هذا', 'هذه', 'ذلك', 'تلك',
    'كان', 'كانت', 'قد', 'لقد', 'لم', 'لن', 'لا', 'ما', 'ماذا', 'هو', 'هي', 'هم', 'هن', 'نحن', 'أنا', 'كما', 'حيث', 'بعد', 'قبل', 'عند', 'حول',
    'بين', 'خلال', 'منذ', 'حتى', 'أو', 'او', 'ثم', 'لكن', 'ولكن', 'بل', 'كل', 'بعض', 'غير', 'أي', 'إذا', 'اذا', 'لو', 'ان', 'كي', 'عام', 'يوم',
    'قال', 'قالت', 'وقال', 'وقالت', 'يقول', 'تقول', 'أيضا', 'ايضا', 'فقط', 'مثل', 'تم', 'عليه', 'عليها', 'منه', 'منها', 'فيه', 'فيها', 'له', 'لها',
    'به', 'بها', 'إنها', 'أنها', 'انها', 'وهو', 'وهي', 'يكون', 'تكون', 'ليس', 'ليست', 'هناك', 'هنا', 'الآن', 'عندما', 'بينما', 'وفي', 'ومن',
    'مما', 'فيما', 'إلا', 'الا', 'جدا', 'أكثر', 'اكثر', 'الى', 'سوف', 'وقد', 'التى', 'والتي', 'والذي', 'أحد', 'احد', 'إحدى', 'عدة', 'نحو',
  ].map(normalizeArabic),
);

export const ENGLISH_STOP = new Set(
  (
    'a an the of in on at to for from by with and or but not no nor as is are was were be been being has have had do does did ' +
    'this that these those it its he she they we you i his her their our your my me him them us who whom whose which what when where why how ' +
    'will would can could should may might must shall said says say also than then there here so if about after before over under into out up down ' +
    'more most some any all each every other such only just very one two three first last new year years mr mrs ms dr s t ' +
    // Days and months are pairs a dictionary has, not terms of these articles.
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december'
  ).split(' '),
);
