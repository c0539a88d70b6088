import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: 'جاهزة للتثبيت',
  statusActive: 'نشطة',
  statusDepleted: 'نفدت البيانات',
  statusExpired: 'منتهية الصلاحية',
  statusSuspended: 'موقوفة',
  statusCancelPending: 'الإلغاء قيد المعالجة',
  statusCancelled: 'ملغاة',
  statusRevoked: 'مُبطلة',
  statusUnknown: 'الحالة غير معروفة',

  installNotInstalled: 'غير مثبتة',
  installDownloaded: 'تم التنزيل، غير مثبتة',
  installInstalled: 'مثبتة',
  installEnabled: 'مثبتة ومفعلة',
  installDisabled: 'مثبتة، غير مفعلة',
  installDeleted: 'أُزيلت من الجهاز',
  installUnknown: 'حالة التثبيت غير معروفة',

  ineligibleInstalled: 'مثبتة على جهاز: تواصل مع الدعم لإلغائها',
  ineligibleRequestOpen: 'يوجد طلب إلغاء مفتوح بالفعل',
  ineligibleExpired: 'منتهية الصلاحية',
  ineligibleWindowElapsed: 'انتهت مهلة الإلغاء',
  ineligibleDataUsed: 'تم استخدام بيانات',
  ineligibleAlreadyCancelled: 'ملغاة بالفعل',
  ineligibleNotSupported: 'لا يمكن إلغاء هذه الباقة عبر الإنترنت',

  dataUsedOf: (used: string, total: string) => `استُخدم ${used} من ${total}`,
  dataUnlimited: 'غير محدودة',
  dataUsedUnlimited: (used: string) => `استُخدم ${used}`,
  dataUpdated: (ago: string) => `آخر تحديث ${ago}`,
  dataNone: 'لم يُبلغ عن أي استخدام بعد',

  expiresIn: (when: string) => `تنتهي صلاحيتها ${when}`,
  validUntil: (date: string) => `صالحة حتى ${date}`,
  expiredOn: (date: string) => `انتهت صلاحيتها في ${date}`,
  validityOnFirstUse: 'تبدأ الصلاحية عند أول استخدام',

  iccidEnding: (last4: string) => `تنتهي بـ ${last4}`,
  esimLabel: (name: string, last4: string) => `${name} (تنتهي بـ ${last4})`,

  cancellationPending: 'مُرسل',
  cancellationProcessing: 'قيد المراجعة',
  cancellationCompleted: 'مُلغى',
  cancellationRejected: 'مرفوض',
  cancellationWithdrawn: 'مسحوب',
  cancellationLine: (reference: string, status: string) => `طلب الإلغاء ${reference}: ${status}`,
  cancellationOpen: 'تم طلب الإلغاء',
  decisionBy: (date: string) => `يُتوقع القرار بحلول ${date}`,
};
