import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: '이 페이지는 아직 eSIM 서비스에 연결되지 않았습니다. 사이트 운영자에게 문의해 주세요.',
  errorNetwork: '서버에 연결할 수 없습니다. 네트워크 연결을 확인하고 다시 시도해 주세요.',
  errorTimeout: '서버 응답이 너무 늦습니다. 다시 시도해 주세요.',
  errorInvalidResponse: '서버 응답을 읽을 수 없습니다. 다시 시도해 주세요. 문제가 계속되면 고객센터에 문의해 주세요.',
  errorUnauthenticated: '세션이 만료되었습니다. 다시 로그인해 주세요.',
  errorForbidden: '이 계정으로는 이 작업을 할 수 없습니다. 고객센터에 문의해 주세요.',
  errorNotFound: '이 eSIM 또는 신청을 찾을 수 없습니다. 삭제되었을 수 있습니다.',
  errorNotEligible: '이 eSIM은 더 이상 온라인으로 해지할 수 없습니다.',
  errorDuplicate: '이 eSIM에 대해 처리 중인 해지 신청이 이미 있습니다.',
  errorAlreadyCancelled: '이 eSIM은 이미 해지되었습니다.',
  errorValidation: '일부 정보를 수정해야 합니다. 표시된 항목을 확인해 주세요.',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined
      ? '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.'
      : plural('ko', seconds, { other: '요청이 너무 많습니다. #초 후에 다시 시도해 주세요.' }),
  errorUpstream: 'eSIM 제공업체가 지금 응답하지 않습니다. 몇 분 후에 다시 시도해 주세요.',
  errorIdempotency: '전송 중에 신청 내용이 바뀌었습니다. 내용을 확인하고 다시 제출해 주세요.',
  errorInternal: '저희 쪽에 문제가 생겼습니다. 다시 시도해 주세요.',
  retry: '다시 시도',
  close: '닫기',
  loading: '불러오는 중…',
  emailInvalid: 'name@example.com과 같은 형식으로 이메일 주소를 입력해 주세요.',
  signedOutTitle: '로그아웃되었습니다',
  signedOutWaiting: '계속하려면 이 페이지에서 로그인해 주세요.',
};
