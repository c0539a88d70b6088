import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: 'قد يساعدك هذا بدلًا من ذلك',
  alternativesIntro: 'إن لم يناسبك شيء من هذا، فتابع الإلغاء: لا شيء هنا يغيّر شريحة eSIM.',
  continueCancelling: 'متابعة الإلغاء',
  altTransferTitle: 'انقل شريحة eSIM إلى هاتفك الجديد',
  altTransferText:
    'يمكن نقل كثير من شرائح eSIM إلى هاتف جديد دون إلغائها. لكن كثيرًا من شرائح السفر لا تُنقل، وعندها يرسل الدعم ملف تعريف جديدًا.',
  altTransferIphone: 'iPhone: أثناء إعداد iPhone الجديد، أو لاحقًا من الإعدادات ← الخلوي ← إضافة eSIM ← النقل من iPhone قريب.',
  altTransferAndroid: 'Android: افتح شرائح SIM من الإعدادات واختر نقل شريحة SIM (في الهواتف التي تتيح ذلك، مثل أحدث طرازات Pixel وGalaxy).',
  altTransferAction: 'الاحتفاظ بها ونقلها',
  altSupportTitle: 'دع فريق الدعم يفحص المشكلة',
  altSupportText: 'معظم مشكلات التثبيت والاتصال قابلة للحل. يتلقى الدعم تفاصيل هذه الشريحة مع رسالتك، فلا داعي لشرحها.',
  altSupportAction: 'التواصل مع الدعم',
  altSupportSubject: (esim: string) => `مشكلة في شريحة eSIM: ${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) => `eSIM: ${esim}\nICCID: ${iccid}\nالمشكلة: ${problem}\n\nما يحدث:\n`,
  altKeepTitle: 'احتفظ بها لرحلة لاحقة',
  altKeepText: (date: string) => `هذه الشريحة صالحة حتى ${date}. احتفظ بها لرحلتك القادمة.`,
  altKeepAction: 'الاحتفاظ بها لرحلتي القادمة',
  reasonOptional: 'اختياري: يساعدنا على التحسين.',
  reasonNotGiven: 'لم يُذكر',
};
