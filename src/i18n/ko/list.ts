import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const num = (n: number) => n.toLocaleString('ko');

export const list: typeof en = {
  listLabel: '내 eSIM',
  listLoading: 'eSIM을 불러오는 중…',
  listEmptyTitle: '아직 eSIM이 없습니다',
  listEmptyBody: '구매한 eSIM이 여기에 표시됩니다.',
  listNoMatchesTitle: '일치하는 eSIM이 없습니다',
  listNoMatchesBody: '다른 이름이나 ICCID로 검색하거나 모든 상태를 표시해 보세요.',
  listClearFilters: '모든 eSIM 표시',
  listLoadErrorTitle: 'eSIM을 불러올 수 없습니다',
  listRefreshError: '새로 고치지 못해 이 eSIM 정보가 최신이 아닐 수 있습니다.',
  listSearchLabel: '이름 또는 ICCID로 검색',
  listFilterAll: '모든 상태',
  listCount: (shown, loaded, more) =>
    shown !== loaded
      ? plural('ko', shown, { other: `불러온 eSIM ${num(loaded)}개 중 #개 일치` })
      : more
        ? plural('ko', loaded, { other: 'eSIM #개 불러옴, 더 있음' })
        : plural('ko', loaded, { other: 'eSIM #개' }),
  listSearchLoadedOnly: '지금까지 불러온 eSIM에서만 검색합니다. 나머지도 검색하려면 더 불러오세요.',
  listLoadMore: 'eSIM 더 불러오기',
  listLoadMoreError: 'eSIM을 더 불러올 수 없습니다.',
  listAllLoaded: '모든 eSIM이 표시되었습니다.',
  listLoaded: (n) => plural('ko', n, { other: 'eSIM #개를 더 불러왔습니다' }),
  listSomeUnreadable: (n: number) =>
    plural('ko', n, {
      other: 'eSIM #개를 표시할 수 없습니다. 서버에서 읽을 수 없는 정보를 보냈습니다. 계속 발생하면 고객센터에 문의해 주세요.',
    }),
  listCopy: '복사',
  listCopied: '복사됨',
  listCopyLabel: (esim) => `복사: ${esim}의 전체 ICCID`,
  listCopiedAnnounce: (esim) => `${esim}의 전체 ICCID를 복사했습니다.`,
  listCopyFallback: '여기에서는 복사할 수 없습니다. 번호를 선택해 복사해 주세요.',
  listDevice: '기기',
  listCancel: '해지',
  listCancelLabel: (esim) => `해지: ${esim}`,
  flowLabel: 'eSIM 해지',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: '상태',
  labelData: '데이터',
  listWithdrawUntil: (date: string) => `${date}까지 철회 가능`,
};
