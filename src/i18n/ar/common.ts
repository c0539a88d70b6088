import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: 'هذه الصفحة غير متصلة بخدمة eSIM بعد. يُرجى التواصل مع مالك الموقع.',
  errorNetwork: 'تعذر الوصول إلى الخادم. تحقق من اتصالك وأعد المحاولة.',
  errorTimeout: 'الخادم يتأخر في الرد. يُرجى إعادة المحاولة.',
  errorInvalidResponse: 'أرسل الخادم ردًا تعذرت قراءته. أعد المحاولة، أو تواصل مع الدعم إن تكرر ذلك.',
  errorUnauthenticated: 'انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.',
  errorForbidden: 'لا يُسمح لحسابك بهذا الإجراء. يُرجى التواصل مع الدعم.',
  errorNotFound: 'تعذر العثور على شريحة eSIM هذه أو الطلب. ربما أُزيل.',
  errorNotEligible: 'لم يعد من الممكن إلغاء شريحة eSIM هذه عبر الإنترنت.',
  errorDuplicate: 'يوجد طلب إلغاء مفتوح لشريحة eSIM هذه بالفعل.',
  errorAlreadyCancelled: 'شريحة eSIM هذه ملغاة بالفعل.',
  errorValidation: 'بعض البيانات تحتاج إلى تصحيح. راجع الحقول المميزة.',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined
      ? 'طلبات كثيرة جدًا. انتظر قليلًا ثم أعد المحاولة.'
      : plural('ar', seconds, {
          zero: 'طلبات كثيرة جدًا. أعد المحاولة الآن.',
          one: 'طلبات كثيرة جدًا. أعد المحاولة بعد ثانية واحدة.',
          two: 'طلبات كثيرة جدًا. أعد المحاولة بعد ثانيتين.',
          few: 'طلبات كثيرة جدًا. أعد المحاولة بعد # ثوانٍ.',
          many: 'طلبات كثيرة جدًا. أعد المحاولة بعد # ثانية.',
          other: 'طلبات كثيرة جدًا. أعد المحاولة بعد # ثانية.',
        }),
  errorUpstream: 'مزود eSIM لا يستجيب حاليًا. أعد المحاولة بعد بضع دقائق.',
  errorIdempotency: 'تغير هذا الطلب أثناء إرساله. يُرجى مراجعته وإرساله مرة أخرى.',
  errorInternal: 'حدث خطأ لدينا. يُرجى إعادة المحاولة.',
  retry: 'إعادة المحاولة',
  close: 'إغلاق',
  loading: 'جارٍ التحميل…',
  emailInvalid: 'أدخل عنوان بريد إلكتروني مثل name@example.com.',
  signedOutTitle: 'لقد سجلت الخروج',
  signedOutWaiting: 'سجل الدخول في هذه الصفحة للمتابعة.',
};
