import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: '이 방법이 도움이 될 수 있습니다',
  alternativesIntro: '맞는 것이 없으면 해지를 계속하세요. 여기서는 eSIM에 아무 변화도 없습니다.',
  continueCancelling: '해지 계속하기',
  altTransferTitle: '새 휴대폰으로 eSIM 옮기기',
  altTransferText:
    '많은 eSIM은 해지하지 않고 새 휴대폰으로 옮길 수 있습니다. 다만 여행용 eSIM은 옮길 수 없는 경우가 많아, 이때는 지원팀이 새 프로필을 보내 드립니다.',
  altTransferIphone: 'iPhone: 새 iPhone을 설정할 때, 또는 나중에 설정 → 셀룰러 → eSIM 추가 → 근처 iPhone에서 전송.',
  altTransferAndroid: 'Android: 설정에서 SIM을 열고 SIM 전송을 선택하세요(최신 Pixel·Galaxy 등 지원 기기).',
  altTransferAction: '유지하고 옮기기',
  altSupportTitle: '지원팀에 문제 확인 요청',
  altSupportText: '설치 및 연결 문제는 대부분 해결할 수 있습니다. 이 eSIM의 정보가 메시지와 함께 전달되므로 따로 설명하지 않아도 됩니다.',
  altSupportAction: '지원팀에 문의',
  altSupportSubject: (esim: string) => `eSIM 문제: ${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) => `eSIM: ${esim}\nICCID: ${iccid}\n문제: ${problem}\n\n증상:\n`,
  altKeepTitle: '다음 여행을 위해 보관',
  altKeepText: (date: string) => `이 eSIM은 ${date}까지 유효합니다. 다음 여행에 사용하세요.`,
  altKeepAction: '다음 여행을 위해 보관하기',
  reasonOptional: '선택 사항입니다. 서비스 개선에 도움이 됩니다.',
  reasonNotGiven: '응답 없음',
};
