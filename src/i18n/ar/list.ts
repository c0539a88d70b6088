import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const count = (n: number) => n.toLocaleString('ar');

export const list: typeof en = {
  listLabel: 'شرائح eSIM الخاصة بك',
  listLoading: 'جارٍ تحميل شرائح eSIM…',
  listEmptyTitle: 'لا توجد شرائح eSIM بعد',
  listEmptyBody: 'ستظهر هنا شرائح eSIM التي تشتريها.',
  listNoMatchesTitle: 'لا توجد شرائح eSIM مطابقة',
  listNoMatchesBody: 'جرب اسمًا آخر أو رقم ICCID آخر، أو اعرض كل الحالات.',
  listClearFilters: 'عرض كل شرائح eSIM',
  listLoadErrorTitle: 'تعذر تحميل شرائح eSIM',
  listRefreshError: 'قد لا تكون هذه الشرائح محدثة: تعذر تحديثها.',
  listSearchLabel: 'البحث بالاسم أو ICCID',
  listFilterAll: 'كل الحالات',
  listCount: (shown: number, loaded: number, more: boolean) =>
    shown !== loaded
      ? `مطابقة: ${count(shown)} من أصل ${count(loaded)} من الشرائح المحملة`
      : more
        ? plural('ar', loaded, {
            zero: 'لم تُحمل أي شريحة eSIM، ويتوفر المزيد',
            one: 'حُملت شريحة eSIM واحدة، ويتوفر المزيد',
            two: 'حُملت شريحتا eSIM، ويتوفر المزيد',
            few: 'حُملت # شرائح eSIM، ويتوفر المزيد',
            many: 'حُملت # شريحة eSIM، ويتوفر المزيد',
            other: 'حُملت # شريحة eSIM، ويتوفر المزيد',
          })
        : plural('ar', loaded, {
            zero: 'لا توجد شرائح eSIM',
            one: 'شريحة eSIM واحدة',
            two: 'شريحتا eSIM',
            few: '# شرائح eSIM',
            many: '# شريحة eSIM',
            other: '# شريحة eSIM',
          }),
  listSearchLoadedOnly: 'يشمل البحث الشرائح المحملة فقط. حمل المزيد للبحث في البقية.',
  listLoadMore: 'تحميل المزيد من شرائح eSIM',
  listLoadMoreError: 'تعذر تحميل المزيد من شرائح eSIM.',
  listAllLoaded: 'تُعرض كل شرائح eSIM الخاصة بك.',
  listLoaded: (n: number) =>
    plural('ar', n, {
      zero: 'لم تُحمل أي شريحة eSIM إضافية',
      one: 'حُملت شريحة eSIM إضافية واحدة',
      two: 'حُملت شريحتا eSIM إضافيتان',
      few: 'حُملت # شرائح eSIM إضافية',
      many: 'حُملت # شريحة eSIM إضافية',
      other: 'حُملت # شريحة eSIM إضافية',
    }),
  listSomeUnreadable: (n: number) =>
    plural('ar', n, { other: 'تعذّر عرض عدد # من eSIM: أرسل الخادم بيانات لا يمكننا قراءتها. تواصل مع الدعم إذا تكرر ذلك.' }),
  listCopy: 'نسخ',
  listCopied: 'تم النسخ',
  listCopyLabel: (esim: string) => `نسخ رقم ICCID الكامل لـ ${esim}`,
  listCopiedAnnounce: (esim: string) => `تم نسخ رقم ICCID الكامل لـ ${esim}.`,
  listCopyFallback: 'النسخ غير متاح هنا: حدد الرقم لنسخه.',
  listDevice: 'الجهاز',
  listCancel: 'إلغاء',
  listCancelLabel: (esim: string) => `إلغاء ${esim}`,
  flowLabel: 'إلغاء شريحة eSIM',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: 'الحالة',
  labelData: 'البيانات',
  listWithdrawUntil: (date: string) => `يمكنك العدول حتى ${date}`,
};
