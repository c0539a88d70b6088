import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const num = (n: number) => n.toLocaleString('th');

export const list: typeof en = {
  listLabel: 'eSIM ของคุณ',
  listLoading: 'กำลังโหลด eSIM ของคุณ…',
  listEmptyTitle: 'ยังไม่มี eSIM',
  listEmptyBody: 'eSIM ที่คุณซื้อจะแสดงที่นี่',
  listNoMatchesTitle: 'ไม่มี eSIM ที่ตรงกัน',
  listNoMatchesBody: 'ลองใช้ชื่ออื่นหรือ ICCID หรือแสดงทุกสถานะ',
  listClearFilters: 'แสดง eSIM ทั้งหมด',
  listLoadErrorTitle: 'โหลด eSIM ของคุณไม่ได้',
  listRefreshError: 'รีเฟรชไม่ได้ ข้อมูล eSIM เหล่านี้อาจไม่เป็นปัจจุบัน',
  listSearchLabel: 'ค้นหาตามชื่อหรือ ICCID',
  listFilterAll: 'ทุกสถานะ',
  listCount: (shown, loaded, more) =>
    shown !== loaded
      ? plural('th', shown, { other: `ตรงกัน # จาก ${num(loaded)} eSIM ที่โหลดแล้ว` })
      : more
        ? plural('th', loaded, { other: 'โหลดแล้ว # eSIM ยังมีอีก' })
        : plural('th', loaded, { other: 'eSIM # รายการ' }),
  listSearchLoadedOnly: 'ค้นหาเฉพาะ eSIM ที่โหลดแล้ว โหลดเพิ่มเพื่อค้นหาส่วนที่เหลือ',
  listLoadMore: 'โหลด eSIM เพิ่ม',
  listLoadMoreError: 'โหลด eSIM เพิ่มไม่ได้',
  listAllLoaded: 'แสดง eSIM ทั้งหมดของคุณแล้ว',
  listLoaded: (n) => plural('th', n, { other: 'โหลด eSIM เพิ่มอีก # รายการ' }),
  listSomeUnreadable: (n: number) =>
    plural('th', n, { other: 'แสดง eSIM # รายการไม่ได้ เพราะเซิร์ฟเวอร์ส่งข้อมูลที่อ่านไม่ได้ หากยังเกิดขึ้นอีก โปรดติดต่อฝ่ายบริการลูกค้า' }),
  listCopy: 'คัดลอก',
  listCopied: 'คัดลอกแล้ว',
  listCopyLabel: (esim) => `คัดลอก ICCID แบบเต็มของ ${esim}`,
  listCopiedAnnounce: (esim) => `คัดลอก ICCID แบบเต็มของ ${esim} แล้ว`,
  listCopyFallback: 'คัดลอกที่นี่ไม่ได้ โปรดเลือกหมายเลขแล้วคัดลอกเอง',
  listDevice: 'อุปกรณ์',
  listCancel: 'ยกเลิก',
  listCancelLabel: (esim) => `ยกเลิก ${esim}`,
  flowLabel: 'ยกเลิก eSIM',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: 'สถานะ',
  labelData: 'ดาต้า',
  listWithdrawUntil: (date: string) => `ถอนตัวได้ถึง ${date}`,
};
