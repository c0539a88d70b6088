import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const num = (n: number) => n.toLocaleString('vi');

export const list: typeof en = {
  listLabel: 'eSIM của bạn',
  listLoading: 'Đang tải eSIM của bạn…',
  listEmptyTitle: 'Chưa có eSIM nào',
  listEmptyBody: 'eSIM bạn mua sẽ hiển thị ở đây.',
  listNoMatchesTitle: 'Không có eSIM nào phù hợp',
  listNoMatchesBody: 'Hãy thử tên hoặc ICCID khác, hoặc hiển thị mọi trạng thái.',
  listClearFilters: 'Hiển thị tất cả eSIM',
  listLoadErrorTitle: 'Không tải được eSIM của bạn',
  listRefreshError: 'Thông tin các eSIM này có thể đã cũ: không làm mới được.',
  listSearchLabel: 'Tìm theo tên hoặc ICCID',
  listFilterAll: 'Mọi trạng thái',
  listCount: (shown, loaded, more) =>
    shown !== loaded
      ? plural('vi', shown, { other: `# trong số ${num(loaded)} eSIM đã tải phù hợp` })
      : more
        ? plural('vi', loaded, { other: 'Đã tải # eSIM, vẫn còn thêm' })
        : plural('vi', loaded, { other: 'Tổng cộng # eSIM' }),
  listSearchLoadedOnly: 'Chỉ tìm trong các eSIM đã tải. Tải thêm để tìm trong phần còn lại.',
  listLoadMore: 'Tải thêm eSIM',
  listLoadMoreError: 'Không tải thêm được eSIM.',
  listAllLoaded: 'Đã hiển thị tất cả eSIM của bạn.',
  listLoaded: (n) => plural('vi', n, { other: 'Đã tải thêm # eSIM' }),
  listSomeUnreadable: (n: number) =>
    plural('vi', n, {
      other: 'Không thể hiển thị # eSIM: máy chủ gửi thông tin mà chúng tôi không đọc được. Hãy liên hệ hỗ trợ nếu việc này tiếp diễn.',
    }),
  listCopy: 'Sao chép',
  listCopied: 'Đã sao chép',
  listCopyLabel: (esim) => `Sao chép ICCID đầy đủ của ${esim}`,
  listCopiedAnnounce: (esim) => `Đã sao chép ICCID đầy đủ của ${esim}.`,
  listCopyFallback: 'Không thể sao chép ở đây: hãy chọn số rồi sao chép.',
  listDevice: 'Thiết bị',
  listCancel: 'Hủy',
  listCancelLabel: (esim) => `Hủy ${esim}`,
  flowLabel: 'Hủy eSIM',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: 'Trạng thái',
  labelData: 'Dữ liệu',
  listWithdrawUntil: (date: string) => `Có thể rút lại đến ${date}`,
};
