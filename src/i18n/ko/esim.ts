import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: '설치 대기',
  statusActive: '사용 중',
  statusDepleted: '데이터 소진',
  statusExpired: '만료됨',
  statusSuspended: '일시 정지됨',
  statusCancelPending: '해지 처리 중',
  statusCancelled: '해지됨',
  statusRevoked: '사용 중지됨',
  statusUnknown: '상태 알 수 없음',

  installNotInstalled: '설치 안 됨',
  installDownloaded: '다운로드됨, 설치 안 됨',
  installInstalled: '설치됨',
  installEnabled: '설치됨, 켜짐',
  installDisabled: '설치됨, 꺼짐',
  installDeleted: '기기에서 삭제됨',
  installUnknown: '설치 상태 알 수 없음',

  ineligibleInstalled: '기기에 설치됨: 해지하려면 고객센터에 문의해 주세요',
  ineligibleRequestOpen: '처리 중인 해지 신청이 이미 있습니다',
  ineligibleExpired: '만료됨',
  ineligibleWindowElapsed: '해지 가능 기간이 끝났습니다',
  ineligibleDataUsed: '데이터를 사용했습니다',
  ineligibleAlreadyCancelled: '이미 해지됨',
  ineligibleNotSupported: '이 요금제는 온라인으로 해지할 수 없습니다',

  dataUsedOf: (used: string, total: string) => `${total} 중 ${used} 사용`,
  dataUnlimited: '무제한',
  dataUsedUnlimited: (used: string) => `${used} 사용`,
  dataUpdated: (ago: string) => `${ago} 업데이트`,
  dataNone: '아직 사용량 정보가 없습니다',

  expiresIn: (when: string) => `${when} 만료`,
  validUntil: (date: string) => `${date}까지 유효`,
  expiredOn: (date: string) => `${date}에 만료됨`,
  validityOnFirstUse: '처음 사용할 때부터 유효 기간이 시작됩니다',

  iccidEnding: (last4: string) => `끝자리 ${last4}`,
  esimLabel: (name: string, last4: string) => `${name}(끝자리 ${last4})`,

  cancellationPending: '접수됨',
  cancellationProcessing: '검토 중',
  cancellationCompleted: '해지됨',
  cancellationRejected: '거절됨',
  cancellationWithdrawn: '철회됨',
  cancellationLine: (reference: string, status: string) => `해지 신청 ${reference}: ${status}`,
  cancellationOpen: '해지 신청됨',
  decisionBy: (date: string) => `${date}까지 결과 안내 예정`,
};
