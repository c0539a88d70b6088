import type { signin as en } from '../en/signin.js';

export const signin: typeof en = {
  signInTitle: '계정에 로그인',
  signInIntro: 'eSIM을 구매할 때 사용한 이메일과 비밀번호로 로그인해 주세요.',
  emailLabel: '이메일',
  passwordLabel: '비밀번호',
  signInButton: '로그인',
  signingIn: '로그인 중…',
  signInWrong: '이메일 또는 비밀번호가 올바르지 않습니다. 확인하고 다시 시도해 주세요.',
  passwordRequired: '비밀번호를 입력해 주세요.',
  forgotPassword: '비밀번호를 잊으셨나요?',
  resetTitle: '비밀번호 재설정',
  resetIntro: '이메일을 입력하시면 비밀번호 재설정 링크를 보내 드립니다.',
  resetSend: '재설정 링크 보내기',
  resetSending: '보내는 중…',
  resetSent: (email: string) =>
    `${email} 주소로 가입된 계정이 있으면 비밀번호 재설정 링크를 보냈습니다. 메일함을 확인한 후 여기에서 로그인해 주세요.`,
  backToSignIn: '로그인으로 돌아가기',
};
