import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: 'Sẵn sàng cài đặt',
  statusActive: 'Đang hoạt động',
  statusDepleted: 'Đã hết dữ liệu',
  statusExpired: 'Đã hết hạn',
  statusSuspended: 'Bị tạm ngưng',
  statusCancelPending: 'Đang chờ hủy',
  statusCancelled: 'Đã hủy',
  statusRevoked: 'Đã bị thu hồi',
  statusUnknown: 'Không rõ trạng thái',

  installNotInstalled: 'Chưa cài đặt',
  installDownloaded: 'Đã tải xuống, chưa cài đặt',
  installInstalled: 'Đã cài đặt',
  installEnabled: 'Đã cài đặt và bật',
  installDisabled: 'Đã cài đặt, đang tắt',
  installDeleted: 'Đã xóa khỏi thiết bị',
  installUnknown: 'Không rõ trạng thái cài đặt',

  ineligibleInstalled: 'Đã cài trên thiết bị: liên hệ hỗ trợ để hủy',
  ineligibleRequestOpen: 'Đã có một yêu cầu hủy đang xử lý',
  ineligibleExpired: 'Đã hết hạn',
  ineligibleWindowElapsed: 'Đã hết thời hạn được hủy',
  ineligibleDataUsed: 'Đã sử dụng dữ liệu',
  ineligibleAlreadyCancelled: 'Đã hủy trước đó',
  ineligibleNotSupported: 'Gói này không hủy trực tuyến được',

  dataUsedOf: (used: string, total: string) => `Đã dùng ${used} / ${total}`,
  dataUnlimited: 'Không giới hạn',
  dataUsedUnlimited: (used: string) => `Đã dùng ${used}`,
  dataUpdated: (ago: string) => `cập nhật: ${ago}`,
  dataNone: 'Chưa có dữ liệu sử dụng',

  expiresIn: (when: string) => `Hết hạn: ${when}`,
  validUntil: (date: string) => `Có hiệu lực đến ${date}`,
  expiredOn: (date: string) => `Đã hết hạn vào ${date}`,
  validityOnFirstUse: 'Thời hạn bắt đầu từ lần sử dụng đầu tiên',

  iccidEnding: (last4: string) => `đuôi ${last4}`,
  esimLabel: (name: string, last4: string) => `${name} (đuôi ${last4})`,

  cancellationPending: 'Đã gửi',
  cancellationProcessing: 'Đang xem xét',
  cancellationCompleted: 'Đã hủy',
  cancellationRejected: 'Bị từ chối',
  cancellationWithdrawn: 'Đã rút lại',
  cancellationLine: (reference: string, status: string) => `Yêu cầu hủy ${reference}: ${status}`,
  cancellationOpen: 'Đã yêu cầu hủy',
  decisionBy: (date: string) => `Dự kiến có kết quả trước ${date}`,
};
