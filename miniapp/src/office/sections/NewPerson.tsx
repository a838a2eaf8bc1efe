import { PersonInputSchema } from '@jifenbao/shared'
import { View } from '@tarojs/components'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { FormChoice, PARTY_MEMBER } from '../parts/FormChoice'
import { FormField } from '../parts/FormField'
import { Outcome } from '../parts/Outcome'
import { once } from '../../api/routes'
import { useForm } from '../parts/useForm'
import { useWrite } from '../parts/useWrite'

const PERSON = { name: '', phone: '', idNumber: '', partyMember: 'no' }
const personBody = (v: typeof PERSON) => ({
  name: v.name,
  ...(v.phone.trim() && { phone: v.phone.trim() }),
  ...(v.idNumber.trim() && { idNumber: v.idNumber.trim() }),
  partyMember: v.partyMember === 'yes',
})

/** A form for a new person: into a household, or (without one) staff such as a clerk. */
export function NewPerson({
  householdId,
  added,
}: {
  householdId?: string
  added: (id: string) => void
}) {
  const form = useForm(PERSON, PersonInputSchema, (v) => ({ ...personBody(v), householdId }), {
    name: '姓名',
  })
  const write = useWrite()
  const add = async () => {
    const body = form.body!
    let id = ''
    const ok = await write.run(async () => {
      id = (await call('createPerson', { body }, once())).id
    }, `已添加：${body.name}`)
    if (ok) {
      form.reset()
      added(id)
    }
  }
  return (
    <View className="office-form" data-testid="new-person">
      <FormField form={form} name="name" label="姓名" />
      <FormField form={form} name="phone" label="手机号（可不填）" />
      <FormField form={form} name="idNumber" label="身份证号（可不填）" />
      <FormChoice form={form} name="partyMember" options={PARTY_MEMBER} />
      <Outcome write={write} />
      <Button disabled={!form.body} loading={write.busy} onClick={add}>
        添加这个人
      </Button>
    </View>
  )
}
