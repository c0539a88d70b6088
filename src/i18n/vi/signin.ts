import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: 'Đăng nhập vào tài khoản',
  signInIntro: 'Đăng nhập bằng email và mật khẩu bạn đã dùng khi mua eSIM.',
  emailLabel: 'Địa chỉ email',
  passwordLabel: 'Mật khẩu',
  signInButton: 'Đăng nhập',
  signingIn: 'Đang đăng nhập…',
  signInWrong: 'Email hoặc mật khẩu không đúng. Vui lòng kiểm tra và thử lại.',
  passwordRequired: 'Nhập mật khẩu của bạn.',
  forgotPassword: 'Quên mật khẩu?',
  resetTitle: 'Đặt lại mật khẩu',
  resetIntro: 'Nhập email của bạn, chúng tôi sẽ gửi liên kết để đặt lại mật khẩu.',
  resetSend: 'Gửi liên kết đặt lại',
  resetSending: 'Đang gửi…',
  resetSent: (email: string) =>
    `Nếu có tài khoản dùng ${email}, chúng tôi đã gửi liên kết đặt lại mật khẩu tới địa chỉ đó. Vui lòng kiểm tra hộp thư, rồi đăng nhập tại đây.`,
  backToSignIn: 'Quay lại đăng nhập',
};
